// Stands in for Office.js in a browser page: the task pane's start-up surface only (onReady,
// displayLanguage, requirement sets). Injected with page.addInitScript before any page script;
// the real office.js request is blocked so this object stays. Configure before injecting:
//   window.__fakeOffice = { displayLanguage: "ko-KR", platform: "PC", excelApiMinor: 7 }
(function () {
  var config = window.__fakeOffice || {};
  var excelApiMinor = config.excelApiMinor === undefined ? 9 : config.excelApiMinor;
  window.Office = {
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage: config.displayLanguage || "ko-KR",
      requirements: {
        isSetSupported: function (name, version) {
          if (name !== "ExcelApi") return false;
          var minor = Number(String(version).split(".")[1] || 0);
          return minor <= excelApiMinor;
        },
      },
    },
    onReady: function () {
      return Promise.resolve({ host: "Excel", platform: config.platform || "PC" });
    },
  };
})();
