/**
 * How npm start and npm stop run webpack and office-addin-debugging: each
 * package's own command script under this Node, never npx. On Windows, npx
 * is npx.cmd, a batch file, and since Node 20.12.2 (the CVE-2024-27980 fix)
 * spawning a .cmd without a shell fails with EINVAL: npm start did nothing.
 * Node and a .js path need no shell on any platform.
 */
const path = require('node:path');

/** The script a package names as its command ("bin"), resolved from this project. */
function binScript(pkg, root) {
  const manifest = require.resolve(`${pkg}/package.json`, { paths: [root] });
  const { bin } = require(manifest);
  const relative = typeof bin === 'string' ? bin : bin[pkg];
  return path.join(path.dirname(manifest), relative);
}

/** { command, args, options } for spawn/spawnSync: the same on Windows, macOS and Linux. */
function toolCommand(pkg, args, root, nodePath = process.execPath) {
  return { command: nodePath, args: [binScript(pkg, root), ...args], options: { cwd: root, shell: false } };
}

module.exports = { toolCommand, binScript };
