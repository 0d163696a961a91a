/** 简体中文: the burden meter (基层负担) and the generated documents (帮扶手册、一村一档). */
export const burdenZh = {
  'nav.burden': '基层负担',
  'burden.title': '基层负担',
  'burden.help':
    '每次填报时，用户亲手填写的字段数和系统已预填的字段数（按周，周一开始）。系统已掌握的信息不应再让基层填写：预填比例越高越好。',
  'burden.byCadre': '按人员',
  'burden.byVillage': '按村',
  'burden.mine': '我的',
  'burden.col.week': '周（周一）',
  'burden.col.name': '名称',
  'burden.col.typed': '填写字段',
  'burden.col.prefilled': '预填字段',
  'burden.col.writes': '填报次数',
  'burden.col.share': '预填比例',
  'burden.chart.typed': '填写字段',
  'burden.chart.prefilled': '预填字段',
  'burden.chart.description': '{weeks} 周内共填写 {typed} 个字段，系统预填 {prefilled} 个',
  'burden.empty': '这段时间没有填报记录',
  'handbook.title': '帮扶手册',
  'handbook.dossier': '一村一档',
  'handbook.pdf': 'PDF',
  'handbook.xlsx': 'Excel',
} as const;
