import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useReducer, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { ApiError } from '../api/errors.ts';
import { keys } from '../api/queries.ts';
import { useErrorText } from '../components/errors.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useI18n } from '../i18n/useT.ts';
import { useSession, useSessionState } from './session.tsx';

interface Credentials {
  username: string;
  password: string;
}

/**
 * Only a path of this console, as its router writes them (under its base /console/: `/r/371324/households`):
 * never another site, never the login page itself.
 */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}

/** Seconds left until `until` (a Date.now() time), redrawn once a second; 0 when there is nothing to wait. */
function useCountdown(until: number | null): number {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (until === null) return;
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000));
}

export function LoginPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [search] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const session = useSession();
  const { expired, setExpired } = useSessionState();
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  const waiting = useCountdown(waitUntil);
  const next = safeNext(search.get('next'));
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut === true;

  const login = useMutation({
    mutationFn: (body: Credentials) => unwrap(api.POST('/api/v1/auth/login', { body })),
    onMutate: () => setWaitUntil(null),
    onSuccess: ({ user }) => {
      setExpired(false);
      client.setQueryData(keys.me, user);
      void navigate(next, { replace: true });
    },
    onError: (error) => {
      const seconds = error instanceof ApiError ? error.details.retryAfterSeconds : undefined;
      if (typeof seconds === 'number') setWaitUntil(Date.now() + seconds * 1000);
    },
  });

  if (session.data) return <Navigate to={next} replace />;

  const message = (): string | null => {
    const error = login.error;
    if (!error) return null;
    if (!(error instanceof ApiError)) return errorText(error);
    switch (error.code) {
      case 'INVALID_CREDENTIALS':
        return t('login.invalid');
      case 'LOGIN_THROTTLED':
        return waiting > 0 ? t('login.throttled', { seconds: waiting }) : null;
      case 'ACCOUNT_LOCKED':
        return waiting > 0 ? t('login.locked', { minutes: Math.ceil(waiting / 60) }) : null;
      case 'ACCOUNT_DISABLED':
        return t('login.disabled');
      default:
        return errorText(error);
    }
  };
  const failure = message();
  const notice = expired ? t('login.expired') : loggedOut ? t('login.loggedOut') : null;

  return (
    <div className="zf-login">
      <div className="zf-login-lang">
        <LanguageSwitch />
      </div>
      <Card className="zf-login-card">
        <div className="zf-login-brand">
          <span className="zf-login-mark" aria-hidden>
            扶
          </span>
          <div>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
          </div>
        </div>
        {notice && !failure && <Alert className="zf-login-alert" type="info" showIcon title={notice} />}
        {failure && <Alert className="zf-login-alert" type="error" showIcon title={failure} role="alert" />}
        <Form<Credentials>
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => login.mutate(values)}
          disabled={login.isPending}
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={login.isPending}
            disabled={waiting > 0}
          >
            {waiting > 0 ? t('login.waitButton', { seconds: waiting }) : t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
