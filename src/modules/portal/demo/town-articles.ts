import type { DemoArticle } from './content.ts';

/**
 * What the town site of 车辋镇 publishes. Its 政策文件 column is left empty on purpose: the town follows the
 * county's policies, and the demo's self-inspection has a finding to show.
 */
const OFFICE = '车辋镇党政综合办公室';

export const TOWN_ARTICLES: DemoArticle[] = [
  {
    column: 'region',
    title: '车辋镇概况',
    daysAgo: 8,
    time: '09:00',
    source: OFFICE,
    organisation: OFFICE,
    body: [
      '车辋镇位于兰陵县境内，辖四十个行政村，以设施蔬菜、林果种植和劳务输出为主要产业。',
      '全镇把防止返贫动态监测作为巩固脱贫成果的头等大事，镇村干部和驻村工作队分片包村、定期走访，确保问题早发现、早解决。',
      '县级政策和全县资金项目公开请查阅[兰陵县乡村振兴网](/s/371324/)。',
    ],
  },
  {
    column: 'notice',
    title: '关于开展雨季农房安全排查的通知',
    daysAgo: 10,
    time: '08:30',
    source: OFFICE,
    organisation: OFFICE,
    body: [
      '各村（社区）：',
      '汛期将至，为保障群众住房安全，镇里决定即日起开展雨季农房安全排查。请各村对脱贫户、监测对象和独居老人的住房逐户查看，重点查看屋面、墙体和排水情况。',
      '发现隐患的，当日报镇村镇建设办公室；存在安全风险的，先行组织人员转移，确保人员安全。',
    ],
  },
  {
    column: 'publicity',
    title: '车辋镇2026年乡村公益性岗位聘用情况公示',
    daysAgo: 16,
    time: '15:30',
    source: OFFICE,
    organisation: OFFICE,
    body: [
      '经个人申请、村级评议和镇级审核，全镇2026年拟聘用乡村公益性岗位人员 86 名，岗位类型包括保洁、护林、水管和治安巡逻，聘期一年。',
      '拟聘用人员名单已在各村村务公开栏张贴公示，本网不公布个人信息。公示期 5 天，有异议的请向镇监督举报电话 12317 反映。',
    ],
  },
  {
    column: 'work',
    title: '镇村干部入户走访 监测帮扶落到实处',
    daysAgo: 1,
    time: '18:00',
    source: OFFICE,
    organisation: OFFICE,
    body: [
      '本月以来，镇村干部和驻村工作队对全镇脱贫户和监测对象开展入户走访，面对面了解家庭收入、就医就学和住房饮水情况。',
      '走访中发现的问题当场登记、限时办理：能在村里解决的当天解决，需要镇里协调的三个工作日内答复。',
    ],
  },
  {
    column: 'work',
    title: '就业帮扶车间让群众在家门口增收',
    daysAgo: 4,
    time: '16:45',
    source: OFFICE,
    organisation: OFFICE,
    body: [
      '在车辋村的就业帮扶车间里，村民们正在分拣包装刚采收的蔬菜。车间由合作社运营，农忙种地、农闲务工，时间灵活，适合照顾家庭的群众。',
      '车间优先吸纳脱贫劳动力和监测对象家庭成员就业，工资按月足额发放。镇里将继续支持车间扩大规模，带动更多群众增收。',
    ],
  },
  {
    column: 'work',
    title: '车辋村饮水管网改造工程开工',
    daysAgo: 6,
    time: '10:00',
    source: OFFICE,
    organisation: OFFICE,
    body: [
      '车辋村饮水管网改造工程正式开工，计划更换老化管网、新建入户水表，解决部分农户水压不足的问题。',
      '工程资金和建设内容已在“资金项目公开”栏目公告公示，欢迎群众监督。施工期间如遇临时停水，将提前一天通知。',
    ],
  },
];
