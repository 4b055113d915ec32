// Draws every <canvas data-chart="…"> of the dashboard. The data is JSON serialized by the server
// into the attribute (never built as script), and the same numbers stand in a table beside it.
(function () {
    'use strict';

    const ORIGIN_COLOURS = { US: '#1f6feb', CN: '#d1242f', OTHER: '#6e7781' };
    const MUTED_COLOURS = { US: '#9cc3fb', CN: '#f0a3a8', OTHER: '#c4c9ce' };

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
                    if (data.links && elements.length > 0 && data.links[elements[0].index]) {
                        window.location.assign(data.links[elements[0].index]);
                    }
                },
                onHover: (event, elements) => {
                    event.native.target.style.cursor = data.links && elements.length > 0 ? 'pointer' : 'default';
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
