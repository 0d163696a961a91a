import type { commonZh } from '../zh-CN/common.ts';

/** English: the frame of the console: app, language, header, login, navigation, errors, forms, actions, years, regions. */
export const commonEn: Record<keyof typeof commonZh, string> = {
  'app.name': 'Zhenfu',
  'app.subtitle': 'Targeted poverty alleviation and monitoring',
  'app.loading': 'Loading…',
  'app.notFound': 'There is no such page',
  'app.backHome': 'Back to the start',

  'lang.label': 'Language',
  'lang.zh-CN': '中文',
  'lang.en-US': 'English',

  'header.menu': 'Choose a region',
  'header.logout': 'Log out',
  'header.grants': 'Access',

  'login.title': 'Log in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.usernameRequired': 'Enter your username',
  'login.passwordRequired': 'Enter your password',
  'login.invalid': 'Wrong username or password. Please try again.',
  'login.throttled':
    'Too many failed logins. Try again in {seconds, plural, one {# second} other {# seconds}}.',
  'login.locked':
    'Too many failed logins: the account is locked. Try again in about {minutes, plural, one {# minute} other {# minutes}} or ask an administrator to unlock it.',
  'login.disabled': 'This account is deactivated. Contact an administrator.',
  'login.expired': 'Your session has expired. Please log in again.',
  'login.waitButton': 'Wait {seconds} s',
  'login.loggedOut': 'You have logged out.',

  'nav.standards': 'Standards',
  'nav.whatIf': 'What-if',
  'nav.households': 'Households',
  'nav.dashboard': 'Overview',
  'nav.label': 'Page',
  'nav.users': 'Users',
  'nav.import': 'Import',

  'error.network':
    'The server cannot be reached. Check the connection and try again; what you typed is kept.',
  'error.server': 'The server had a problem. Please try again later.',
  'error.notFound': 'The record was not found, or you may not see it.',
  'error.generic': 'It did not work: {message}',
  'error.requestId': 'Request id: {id}',
  'error.retry': 'Try again',

  'form.required': '{field} is required',
  'form.conflict.title': 'Someone else changed this record',
  'form.conflict.body':
    'While you were filling this in, someone else saved a change (now version {version}). Everything you typed is kept: load the latest data, check it, then save again.',

  'action.household.create': 'Registered',
  'action.household.view': 'Viewed with personal data',
  'action.household.cadre': 'Responsible cadre changed',
  'action.household.assessment': 'Manual assessment',
  'action.evidence.download': 'Evidence downloaded',
  'action.unknown': 'Other action',
  'action.household.update': 'Household changed',
  'action.household.facts': 'Yearly data',
  'action.household.move': 'Moved to another village',
  'action.household.cancel': 'Cancelled',
  'action.member.add': 'Member added',
  'action.member.update': 'Member changed',
  'action.member.new_head': 'New head',
  'action.member.moved_in': 'Member moved in',
  'action.member.move': 'Member moved to another household',
  'action.member.event': 'Member left: {event}',

  'year.label': 'Year',
  'year.working': '{year} (working year)',
  'year.latest': '{year} (latest here)',
  'year.value': '{year}',

  'workingYear.label': 'Working year',
  'workingYear.value': 'Working year {year}',
  'workingYear.readOnly':
    'Every page opens on the working year, and new households and imports go into it; set by a system administrator',
  'workingYear.confirmTitle': 'Change the working year to {year}?',
  'workingYear.confirmBody':
    "Every user's household list, overview and exports will open on this year, and new households and imports without a year will go into it.",
  'workingYear.confirmOk': 'Change',
  'workingYear.changed': 'The working year is now {year}',

  'region.tree': 'Regions',
  'region.all': 'All regions',
  'region.level.1': 'Province',
  'region.level.2': 'City',
  'region.level.3': 'County',
  'region.level.4': 'Town',
  'region.level.5': 'Village',
  'region.children': 'Sub-regions',
  'region.empty': 'No regions to show',

  'count.households': '{count, plural, one {# household} other {# households}}',
  'count.entries': '{count, plural, one {# entry} other {# entries}}',
  'pager.label': 'Pages',

  'download.masked':
    'Downloaded. For your role, the ID numbers, phones and bank accounts in the file are masked; a masked file cannot be imported back.',
};
