import type { DemoSite } from './content.ts';

/**
 * The demo county's two sites. The site code (网站标识码), the ICP and the public-security filing numbers
 * below are made-up examples in the real formats, not numbers issued to any site; 12317 is the national
 * poverty-alleviation supervision line.
 */
export const DEMO_COUNTY_SITE: DemoSite = {
  regionCode: '371324000000',
  name: '兰陵县乡村振兴网',
  isPrimary: true,
  logoAlt: '兰陵县乡村振兴网标志',
  footer: {
    sponsor: '兰陵县人民政府',
    organizer: '兰陵县乡村振兴局',
    siteId: '3713240099',
    icp: '鲁ICP备00000000号-1（示例）',
    police: '鲁公网安备37132400000001号（示例）',
    contact: '兰陵县乡村振兴局办公室（演示地址：兰陵县振兴路 1 号）',
    supervision: '12317',
    errorReportUrl: '/s/371324/complaints/new',
  },
};

export const DEMO_TOWN_SITE: DemoSite = {
  regionCode: '371324106000',
  name: '车辋镇人民政府',
  isPrimary: false,
  logoAlt: '车辋镇人民政府网站标志',
  footer: {
    sponsor: '兰陵县车辋镇人民政府',
    organizer: '车辋镇党政综合办公室',
    siteId: '3713240098',
    icp: '鲁ICP备00000000号-2（示例）',
    police: '鲁公网安备37132400000002号（示例）',
    contact: '车辋镇党政综合办公室（演示地址：车辋镇政府驻地）',
    supervision: '12317',
    errorReportUrl: '/s/371324106/complaints/new',
  },
};
