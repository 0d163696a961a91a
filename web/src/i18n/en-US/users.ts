import type { usersZh } from '../zh-CN/users.ts';

/** English: the users page: the list, its states and actions, and the forms to create, grant and reset. */
export const usersEn: Record<keyof typeof usersZh, string> = {
  'users.title': 'Users',
  'users.total': '{count} users',
  'users.totalOne': '{count} user',
  'users.search': 'Search username or name',
  'users.create': 'New user',
  'users.empty': 'No users match',
  'users.noPermission': 'You may not manage users',
  'users.noPermissionHint':
    'Managing users is for county and system administrators. To get an account or a grant, ask your administrator.',
  'users.withinHint':
    'Only users with a grant inside {region} are listed; choose a higher region in the tree to see more.',

  'users.col.username': 'Username',
  'users.col.name': 'Name',
  'users.col.grants': 'Roles and regions',
  'users.col.state': 'State',
  'users.col.lastLogin': 'Last login',
  'users.col.actions': 'Actions',
  'users.never': 'Never',

  'users.state.active': 'Active',
  'users.state.locked': 'Locked',
  'users.state.disabled': 'Disabled',
  'users.lockedUntil': 'Too many failed logins; locked until {time}',

  'users.action.grant': 'Grant',
  'users.action.reset': 'Reset password',
  'users.action.disable': 'Disable',
  'users.action.enable': 'Enable',
  'users.action.unlock': 'Unlock',
  'users.action.more': 'More actions',
  'users.confirm.disable':
    'Disable {name}? They are logged out at once and cannot log in again until enabled.',
  'users.confirm.enable': 'Enable {name} again?',
  'users.confirm.revoke': 'Revoke the role {role} on {region} from {name}?',
  'users.revoke': 'Revoke grant',
  'users.lastGrant':
    'This is the user’s only grant and cannot be revoked; to end their access, disable the user.',
  'users.done.disable': '{name} disabled',
  'users.done.enable': '{name} enabled',
  'users.done.unlock': '{name} unlocked',
  'users.done.grant': '{name} now holds {role} on {region}',
  'users.done.revoke': '{role} on {region} revoked from {name}',
  'users.done.create': 'User {name} created',

  'users.form.createTitle': 'New user',
  'users.form.grantTitle': 'Grant a role to {name}',
  'users.form.username': 'Username',
  'users.form.usernameHelp': '2–64 lowercase letters, digits or _ . -; it cannot be changed later',
  'users.form.displayName': 'Name',
  'users.form.password': 'Initial password',
  'users.form.passwordHelp':
    'At least 12 characters mixing two of lowercase, uppercase, digits and symbols, or at least 20 characters; not containing the username',
  'users.form.generate': 'Generate',
  'users.form.role': 'Role',
  'users.form.region': 'Region',
  'users.form.regionSearch': 'Type part of a region name, e.g. 车辋镇',
  'users.form.firstGrant': 'First grant',
  'users.form.passwordNote': 'Give the initial password to the user in person or by a channel you trust.',

  'users.reset.title': 'Reset the password of {name}',
  'users.reset.generate': 'Generate a temporary password (shown once)',
  'users.reset.type': 'Type a new password',
  'users.reset.newPassword': 'New password',
  'users.reset.submit': 'Reset password',
  'users.reset.note': 'Every session of the user ends at once.',
  'users.reset.doneTitle': 'Password reset',
  'users.reset.shownOnce':
    'This is the temporary password of {name}, shown this once. Copy it now and give it to them by a channel you trust.',
  'users.reset.doneTyped': 'The new password of {name} is set.',
  'users.reset.copy': 'Copy',
  'users.reset.copied': 'Copied',
  'users.reset.close': 'I have noted it; close',
} as const;
