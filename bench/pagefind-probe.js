// Runs one Pagefind query for the benchmark: ?q=… → the same work Pagefind's UI does for a
// page of results (search, then load the first ten results' data), then reports on the page.
(async function () {
  const q = new URLSearchParams(location.search).get("q") || "";
  const status = document.getElementById("status");
  const started = performance.now();
  const pagefind = await import(new URL("pagefind/pagefind.js", document.baseURI).href);
  await pagefind.options({ excerptLength: 30 });
  const search = await pagefind.search(q);
  const first = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
  const list = document.getElementById("results");
  first.forEach(d => {
    const li = document.createElement("li");
    li.textContent = d.url;
    list.appendChild(li);
  });
  status.textContent = "找到 " + search.results.length + " 份报告";
  performance.measure("pagefind-search", { start: started });
})();
