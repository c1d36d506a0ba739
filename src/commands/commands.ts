/**
 * The ribbon's function file. Both buttons open the task pane (ShowTaskpane
 * actions; "Validate plan" opens it with ?validate=1 so it validates at once),
 * so no function is registered here; Office still requires the page.
 */
Office.onReady(() => undefined);
