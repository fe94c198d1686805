// Gongkai dashboards: draws each chart of the page with ECharts from the JSON block #dashboard-data.
// No inline script anywhere (Content-Security-Policy); the data table under each chart stays for screen readers.
(function () {
  'use strict';
  var block = document.getElementById('dashboard-data');
  if (!block || typeof echarts === 'undefined') { return; }
  var dashboard = JSON.parse(block.textContent);
  var font = '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

  function option(chart) {
    var tooltip = { trigger: chart.type === 'pie' ? 'item' : 'axis', valueFormatter: function (v) { return v == null ? '—' : v + ' ' + chart.unit; } };
    if (chart.type === 'pie') {
      return {
        textStyle: { fontFamily: font }, tooltip: tooltip, legend: { type: 'scroll', bottom: 0 },
        series: [{ type: 'pie', radius: ['35%', '65%'], name: chart.series[0].name,
          data: chart.categories.map(function (c, i) { return { name: c, value: chart.series[0].values[i] }; }),
          label: { formatter: '{b}\n{d}%' } }]
      };
    }
    return {
      textStyle: { fontFamily: font }, tooltip: tooltip, legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: chart.categories, axisLabel: { interval: 0, rotate: chart.categories.length > 4 ? 20 : 0 } },
      yAxis: { type: 'value', name: chart.unit },
      series: chart.series.map(function (s) { return { type: chart.type, name: s.name, data: s.values, label: { show: true, position: 'top' } }; })
    };
  }

  dashboard.charts.forEach(function (chart) {
    var element = document.getElementById(chart.id);
    if (!element) { return; }
    var instance = echarts.init(element, null, { renderer: 'svg' });
    instance.setOption(option(chart));
    element.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { instance.resize(); });
  });
}());
