// Draws every <canvas data-chart="…"> of the dashboard. The data is JSON serialized by the server
// into the attribute (never built as script), and the same numbers stand in a table beside it.
(function () {
    'use strict';

    const ORIGIN_COLOURS = { US: '#1f6feb', CN: '#d1242f', OTHER: '#6e7781', UNDISCLOSED: '#9a6700' };
    const MUTED_COLOURS = { US: '#9cc3fb', CN: '#f0a3a8', OTHER: '#c4c9ce', UNDISCLOSED: '#e3c27a' };

    function colour(series, origin) {
        const palette = series.muted ? MUTED_COLOURS : ORIGIN_COLOURS;
        return palette[origin] || palette.OTHER;
    }

    function dataset(series, line) {
        const colours = series.origins
            ? series.origins.map(origin => colour(series, origin))
            : colour(series, series.origin);
        return {
            label: series.label,
            data: series.values,
            backgroundColor: colours,
            borderColor: colours,
            tension: 0.2,
            fill: false,
            pointRadius: line ? 3 : undefined
        };
    }

    // Links are one per bar, or one list per series when a chart has several.
    function linkOf(data, elements) {
        if (!data.links || elements.length === 0) {
            return null;
        }
        const element = elements[0];
        const links = Array.isArray(data.links[0]) ? data.links[element.datasetIndex] : data.links;
        return links ? links[element.index] : null;
    }

    // A category's name on its axis, cut short on a narrow screen so that the bars keep their room
    // (the tooltip and the table give it whole).
    function shortLabel(value) {
        const label = String(this.getLabelForValue(value));
        const longest = this.chart.width < 480 ? 14 : 30;
        return label.length > longest ? label.slice(0, longest - 1) + '\u2026' : label;
    }

    function draw(canvas) {
        const data = JSON.parse(canvas.dataset.chart);
        const line = data.type === 'line';
        const horizontal = !line && data.series.length === 1 && data.labels.length > 4;
        new Chart(canvas, {
            type: data.type,
            data: {
                labels: data.labels,
                datasets: data.series.map(series => dataset(series, line))
            },
            options: {
                indexAxis: horizontal ? 'y' : 'x',
                maintainAspectRatio: false,
                animation: false,
                plugins: { legend: { display: data.series.length > 1 } },
                scales: {
                    [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } },
                    [horizontal ? 'y' : 'x']: { ticks: { callback: shortLabel } }
                },
                // A bar leads to the companies behind it, as the same number in the table does.
                onClick: (event, elements) => {
                    const link = linkOf(data, elements);
                    if (link) {
                        window.location.assign(link);
                    }
                },
                onHover: (event, elements) => {
                    event.native.target.style.cursor = linkOf(data, elements) ? 'pointer' : 'default';
                }
            }
        });
        canvas.dataset.drawn = 'true';
    }

    // What a reader takes away from a chart: a file saved from a blob, named after the chart and date.
    function save(blob, name) {
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = name;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
    }

    // The chart as drawn, on white, with its title above and where it comes from below.
    function savePng(canvas) {
        const scale = canvas.width / canvas.clientWidth || 1;
        const band = Math.round(32 * scale);
        const image = document.createElement('canvas');
        image.width = canvas.width;
        image.height = canvas.height + 2 * band;
        const context = image.getContext('2d');
        context.fillStyle = '#fff';
        context.fillRect(0, 0, image.width, image.height);
        context.drawImage(canvas, 0, band);
        context.fillStyle = '#1f2328';
        context.textBaseline = 'middle';
        context.font = `600 ${Math.round(15 * scale)}px system-ui, sans-serif`;
        context.fillText(canvas.dataset.title, Math.round(8 * scale), band / 2, image.width - 16 * scale);
        context.fillStyle = '#57606a';
        context.font = `${Math.round(11 * scale)}px system-ui, sans-serif`;
        context.fillText(canvas.dataset.credit, Math.round(8 * scale), image.height - band / 2, image.width - 16 * scale);
        image.toBlob(blob => save(blob, canvas.dataset.file + '.png'), 'image/png');
    }

    // Exactly the numbers of the chart's table, as its cells read (UTF-8 with a BOM, for Excel).
    function saveCsv(canvas, caption) {
        const table = document.getElementById(caption).closest('table');
        const cell = text => {
            const value = text.replace(/\s+/g, ' ').trim();
            return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
        };
        const lines = Array.from(table.querySelectorAll('thead tr, tbody tr'))
            .map(row => Array.from(row.cells).map(c => cell(c.textContent)).join(','));
        save(new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' }),
            canvas.dataset.file + '.csv');
    }

    function offerDownloads() {
        document.querySelectorAll('[data-chart-tools]').forEach(tools => { tools.hidden = false; });
        document.querySelectorAll('[data-chart-download]').forEach(button => {
            const canvas = document.getElementById(button.dataset.for);
            button.addEventListener('click', () => button.dataset.chartDownload === 'png'
                ? savePng(canvas)
                : saveCsv(canvas, button.dataset.tableCaption));
        });
        document.querySelectorAll('textarea[data-cite]').forEach(cite => {
            cite.addEventListener('focus', () => cite.select());
        });
    }

    function drawAll() {
        document.querySelectorAll('canvas[data-chart]').forEach(draw);
        offerDownloads();
        document.body.dataset.chartsReady = 'true';
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', drawAll);
    } else {
        drawAll();
    }
})();
