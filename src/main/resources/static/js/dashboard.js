// Draws every <canvas data-chart="…"> of the dashboard. The data is JSON serialized by the server
// into the attribute (never built as script), and the same numbers stand in a table beside it.
(function () {
    'use strict';

    const ORIGIN_COLOURS = { US: '#1f6feb', CN: '#d1242f', OTHER: '#6e7781' };

    function draw(canvas) {
        const data = JSON.parse(canvas.dataset.chart);
        const horizontal = data.labels.length > 4;
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: data.labels,
                datasets: [{
                    label: data.valueLabel,
                    data: data.values,
                    backgroundColor: data.origins.map(origin => ORIGIN_COLOURS[origin] || ORIGIN_COLOURS.OTHER)
                }]
            },
            options: {
                indexAxis: horizontal ? 'y' : 'x',
                maintainAspectRatio: false,
                animation: false,
                plugins: { legend: { display: false } },
                // A bar leads to the companies behind it, as the same number in the table does.
                onClick: (event, elements) => {
                    if (data.links && elements.length > 0) {
                        window.location.assign(data.links[elements[0].index]);
                    }
                },
                onHover: (event, elements) => {
                    event.native.target.style.cursor = data.links && elements.length > 0 ? 'pointer' : 'default';
                },
                scales: {
                    [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } }
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
