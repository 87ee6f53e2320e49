// Chart.js comes from npm, served by the app at /vendor (no CDN). It is loaded as a classic script
// before this module runs, so it is the global `Chart`.
const palette = {
  teal: '#0f766e',
  tealLight: '#99d5cf',
  amber: '#b45309',
  slate: '#475569',
  grid: '#e5e7eb',
  text: '#374151',
};

const charts = new Map();

const draw = (canvasId, config) => {
  charts.get(canvasId)?.destroy();
  const chart = new window.Chart(document.getElementById(canvasId), {
    ...config,
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false }, tooltip: { enabled: true } },
      ...config.options,
    },
  });
  charts.set(canvasId, chart);
};

/** The funnel as horizontal bars, widest first. */
export const drawFunnel = (labels, counts) =>
  draw('funnel-chart', {
    type: 'bar',
    data: {
      labels,
      datasets: [{ data: counts, backgroundColor: [palette.teal, palette.teal, palette.teal, palette.amber, palette.amber], borderRadius: 4 }],
    },
    options: {
      indexAxis: 'y',
      scales: {
        x: { beginAtZero: true, grid: { color: palette.grid }, ticks: { color: palette.text, precision: 0 } },
        y: { grid: { display: false }, ticks: { color: palette.text } },
      },
    },
  });

/** Contact rate per milestone, 0–100 %, with the reached/due pair in the tooltip. */
export const drawContactRates = (labels, rates, pairs) =>
  draw('contact-chart', {
    type: 'bar',
    data: { labels, datasets: [{ data: rates.map((rate) => (rate === null ? 0 : Math.round(rate * 100))), backgroundColor: palette.teal, borderRadius: 4 }] },
    options: {
      scales: {
        y: { beginAtZero: true, max: 100, grid: { color: palette.grid }, ticks: { color: palette.text, callback: (value) => `${value}%` } },
        x: { grid: { display: false }, ticks: { color: palette.text } },
      },
      plugins: { legend: { display: false }, tooltip: { callbacks: { afterLabel: (item) => pairs[item.dataIndex] } } },
    },
  });

/** Coverage per facility as lines over the months, 0–100 %; a month without a count (or suppressed) is a gap, not a zero. */
export const drawCoverage = (months, series) => {
  const colours = [palette.teal, palette.amber, palette.slate];
  draw('coverage-chart', {
    type: 'line',
    data: {
      labels: months,
      datasets: series.map((line, index) => ({
        label: line.label,
        data: line.rates.map((rate) => (rate === null ? null : rate * 100)),
        borderColor: colours[index % colours.length],
        backgroundColor: colours[index % colours.length],
        spanGaps: false,
        pointRadius: 2,
      })),
    },
    options: {
      scales: {
        y: { beginAtZero: true, grid: { color: palette.grid }, ticks: { color: palette.text, callback: (value) => `${value}%` } },
        x: { grid: { display: false }, ticks: { color: palette.text, maxTicksLimit: 12 } },
      },
      plugins: {
        legend: { display: true, labels: { color: palette.text } },
        tooltip: { callbacks: { afterLabel: (item) => series[item.datasetIndex].pairs[item.dataIndex] } },
      },
    },
  });
};
