/** 简体中文: the working-day calendar (工作日历). */
export const calendarZh = {
  'calendar.title': '工作日历',
  'calendar.help':
    '周一至周五为工作日、周六周日休息；此处列出与之不同的日子：法定节假日和调休上班日。举报答复期限按工作日计算。每年国务院办公厅发布节假日安排后，请系统管理员核对录入。',
  'calendar.year': '年度',
  'calendar.col.day': '日期',
  'calendar.col.kind': '类别',
  'calendar.col.name': '名称',
  'calendar.holiday': '放假',
  'calendar.workday': '调休上班',
  'calendar.remove': '恢复为平常',
  'calendar.add': '设置日期',
  'calendar.form.day': '日期',
  'calendar.form.workday': '这一天上班（调休）',
  'calendar.form.name': '名称（如 国庆节）',
  'calendar.form.save': '保存',
  'calendar.readOnly': '只有系统管理员可以修改工作日历。',
  'calendar.empty': '本年度没有设置节假日',
} as const;
