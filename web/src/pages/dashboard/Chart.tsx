import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the dashboard draws, so the chunk stays small (the full ECharts is several times larger). SVG, not
// canvas: a few dozen shapes per chart draw as fast, stay sharp when a phone zooms, and their text is in the
// page, so a test can check that no two axis labels overlap on a 375 px screen (test/e2e/phone.test.ts).
echarts.use([PieChart, BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/**
 * One ECharts chart that follows its option and its box's size. `description` is what a screen reader hears
 * (and what a test reads): the same figures in words.
 */
export function Chart(props: { option: echarts.EChartsCoreOption; description: string; height: number }) {
  const { option, description, height } = props;
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className="zf-chart" style={{ height }} role="img" aria-label={description} />;
}
