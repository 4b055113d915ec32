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
                    [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } }
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

    function drawAll() {
        document.querySelectorAll('canvas[data-chart]').forEach(draw);
        document.body.dataset.chartsReady = 'true';
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', drawAll);
    } else {
        drawAll();
    }
})();
