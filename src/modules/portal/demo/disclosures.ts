import type { DemoDisclosure } from './content.ts';

/**
 * The demo's fund and project disclosures (资金项目公告公示), every structured field filled in: for the county
 * one still in its ten days and one long past them (in the archive), for the town one in its ten days. No
 * beneficiary is named (`namesAllowed` false): the rules allow names only for some kinds of aid.
 */
export const COUNTY_DISCLOSURES: DemoDisclosure[] = [
  {
    title: '大林屯村设施蔬菜大棚产业项目资金公告公示',
    daysAgo: 3,
    time: '10:00',
    source: '兰陵县乡村振兴局',
    organisation: '兰陵县乡村振兴局 兰陵镇人民政府',
    periodDays: [-20, 150],
    body: [
      '根据资金项目公告公示制度，现将本项目有关情况公告公示如下，公示期 10 天。对公示内容有异议的，请拨打监督电话或通过本网“监督举报”栏目反映。',
    ],
    fields: {
      projectName: '大林屯村设施蔬菜大棚产业项目',
      village: '371324102204',
      villageName: '兰陵镇大林屯村',
      content:
        '新建冬暖式蔬菜大棚 12 个，配套水肥一体化设施和生产道路 800 米；大棚由村集体所有，租赁给合作社经营。',
      funds: [
        { source: 'central', amount: 1_200_000 },
        { source: 'provincial', amount: 300_000 },
        { source: 'county', amount: 150_000 },
      ],
      total: 1_650_000,
      responsibleUnit: '兰陵镇人民政府',
      beneficiaryHouseholds: 46,
      namesAllowed: false,
      expectedBenefit:
        '村集体每年增加租金收入约 12 万元，其中不低于 60% 用于脱贫户和监测对象的公益岗位和小型公益事业；带动 46 户务工增收。',
      supervisionPhone: '12317',
    },
  },
  {
    title: '滩上村生产道路硬化项目资金公告公示',
    daysAgo: 300,
    time: '09:30',
    source: '兰陵县乡村振兴局',
    organisation: '兰陵县乡村振兴局 兰陵镇人民政府',
    periodDays: [-330, -150],
    body: ['本项目已完工并通过验收，公告公示期满后留存备查。'],
    fields: {
      projectName: '滩上村生产道路硬化项目',
      village: '371324102215',
      villageName: '兰陵镇滩上村',
      content: '硬化田间生产道路 3.2 公里，路面宽 4 米，配套排水边沟。',
      funds: [
        { source: 'central', amount: 800_000 },
        { source: 'county', amount: 200_000 },
      ],
      total: 1_000_000,
      responsibleUnit: '兰陵镇人民政府',
      beneficiaryHouseholds: 318,
      namesAllowed: false,
      expectedBenefit: '解决 318 户群众农产品运输难的问题，降低生产成本，方便农机下田。',
      supervisionPhone: '12317',
    },
  },
];

export const TOWN_DISCLOSURES: DemoDisclosure[] = [
  {
    title: '车辋村饮水管网改造项目资金公告公示',
    daysAgo: 5,
    time: '09:00',
    source: '车辋镇党政综合办公室',
    organisation: '车辋镇人民政府',
    periodDays: [-6, 90],
    body: ['现将车辋村饮水管网改造项目有关情况公告公示如下，公示期 10 天，欢迎群众监督。'],
    fields: {
      projectName: '车辋村饮水管网改造项目',
      village: '371324106203',
      villageName: '车辋镇车辋村',
      content: '更换老化供水主管网 2.6 公里，新建入户管道和智能水表 420 套。',
      funds: [
        { source: 'provincial', amount: 450_000 },
        { source: 'county', amount: 150_000 },
        { source: 'other', amount: 30_000 },
      ],
      total: 630_000,
      responsibleUnit: '车辋镇人民政府',
      beneficiaryHouseholds: 420,
      namesAllowed: false,
      expectedBenefit: '解决 420 户群众用水水压不足和管网漏损问题，保障全村饮水安全。',
      supervisionPhone: '12317',
    },
  },
];
