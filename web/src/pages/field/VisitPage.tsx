import { ArrowLeftOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Input,
  Result,
  Segmented,
  Select,
  Skeleton,
  Switch,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/errors.ts';
import { useCodeOptions } from '../../components/codes.ts';
import { ErrorAlert, useErrorText } from '../../components/errors.tsx';
import { formatTime } from '../../components/format.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { CHECKS, type Confirmation, type VisitProblem } from '../../offline/contract.ts';
import { outboxStore } from '../../offline/store.ts';
import { useOnline, useOutbox } from '../../offline/useOutbox.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useConfirmationCode, useFieldHousehold, useMyHouseholds } from './api.ts';
import { PhotosField } from './PhotosField.tsx';
import { PositionLine, usePosition } from './PositionLine.tsx';
import { SignatureField, type SignatureHandle } from './SignatureField.tsx';
import { bodyOf, emptyValues, valuesOf, type VisitValues } from './visit-form.ts';
import './field.css';

type ConfirmKind = 'none' | 'signature' | 'code';

/**
 * The visit form, phone first. Time and position come from the phone, the checks are filled in from what
 * the system holds of the household, and the visit is saved in the phone's outbox before it is sent — so a
 * visit made without network is kept and goes when the network returns. `?fix=<clientId>` opens a visit
 * the server refused, to correct and send again under the same clientId.
 */
export function VisitPage() {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const scope = useRegionScope();
  const householdId = Number(useParams().householdId);
  const fixing = useSearchParams()[0].get('fix');
  const online = useOnline();
  const { outbox } = useOutbox();
  const household = useFieldHousehold(householdId);
  const my = useMyHouseholds();
  const position = usePosition();
  const categories = useCodeOptions('problem_category');
  const code = useConfirmationCode();
  const signature = useRef<SignatureHandle>(null);

  const [startedAt] = useState(() => dayjs().format());
  const [values, setValues] = useState<VisitValues | null>(null);
  const [photos, setPhotos] = useState<Blob[]>([]);
  const [confirm, setConfirm] = useState<ConfirmKind>('none');
  const [codeText, setCodeText] = useState('');
  const [missing, setMissing] = useState(false);

  // The form starts from the refused visit being fixed, else from the household's last known facts.
  useEffect(() => {
    if (values) return;
    if (fixing) {
      void outboxStore.get(fixing).then((item) => {
        if (item?.kind !== 'visit') return setValues(emptyValues(household.data?.data.facts));
        setValues(valuesOf(item.body));
        setPhotos(item.photos);
      });
    } else if (household.data) {
      setValues(emptyValues(household.data.data.facts));
    }
  }, [fixing, household.data, values]);

  const back = regionHref(scope.code ?? '', 'field', undefined);
  const mine = my.data?.data.items.find((h) => h.householdId === householdId);

  if (household.isError && !fixing) {
    const gone = household.error instanceof ApiError && household.error.status === 404;
    return gone ? (
      <Result
        status="404"
        subTitle={t('field.form.notFound')}
        extra={<Link to={back}>{t('field.form.back')}</Link>}
      />
    ) : (
      <ErrorAlert error={household.error} onRetry={() => void household.refetch()} />
    );
  }
  if (!values) return <Skeleton active />;

  const set = (change: Partial<VisitValues>) => setValues({ ...values, ...change });
  const problems = values.problems;

  const confirmation = (): Confirmation | undefined => {
    if (confirm === 'signature') {
      const image = signature.current?.png();
      return image ? { kind: 'signature', image } : undefined;
    }
    if (confirm === 'code' && codeText.trim()) return { kind: 'code', code: codeText.trim() };
    return undefined;
  };

  const save = async () => {
    if (!position.position) {
      setMissing(true);
      return;
    }
    const clientId = fixing ?? crypto.randomUUID();
    const body = bodyOf(
      values,
      { clientId, householdId, at: startedAt, position: position.position },
      confirmation(),
    );
    const label = mine
      ? `${mine.householdNo} ${mine.headName ?? ''}`
      : (household.data?.data.householdNo ?? String(householdId));
    if (fixing) await outbox?.retry(fixing, (item) => ({ ...item, body, photos, label }) as typeof item);
    else await outbox?.add({ kind: 'visit', clientId, body, photos, label });
    void message.success(
      t('field.form.saved', {
        state: navigator.onLine ? t('field.form.savedOnline') : t('field.form.savedOffline'),
      }),
    );
    void navigate(back);
  };

  return (
    <div className="zf-field zf-visit">
      <div className="zf-field-head">
        <Link to={back}>
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('field.form.back')} />
        </Link>
        <Typography.Title level={4} className="zf-page-title">
          {t('field.form.title')}
        </Typography.Title>
      </div>
      <Card size="small">
        <Typography.Text strong>
          {mine
            ? t('field.form.household', { no: mine.householdNo, name: mine.headName ?? '' })
            : household.data?.data.householdNo}
        </Typography.Text>
        {mine && <div className="zf-muted">{mine.villageName}</div>}
        <div className="zf-card-line">
          <span className="zf-muted">{t('field.form.time')}</span>
          <span>{formatTime(startedAt)}</span>
        </div>
        <div className="zf-card-line">
          <span className="zf-muted">{t('field.form.position')}</span>
        </div>
        <PositionLine state={position} />
        {missing && !position.position && (
          <Alert type="error" showIcon title={t('field.form.positionRequired')} />
        )}
      </Card>

      <Card size="small" title={t('field.form.checks')}>
        <Typography.Text type="secondary" className="zf-field-hint">
          {t('field.form.checksHint')}
        </Typography.Text>
        {CHECKS.map((check) => (
          <label key={check} className="zf-check">
            <span>{t(`field.form.check.${check}` as MessageKey)}</span>
            <Switch
              checked={values.checks[check]}
              onChange={(on) => set({ checks: { ...values.checks, [check]: on } })}
              data-testid={`check-${check}`}
            />
          </label>
        ))}
      </Card>

      <Card size="small" title={t('field.form.photos')}>
        <PhotosField photos={photos} onChange={setPhotos} />
      </Card>

      <Card size="small">
        <TextField label={t('field.form.notes')} value={values.notes} onChange={(notes) => set({ notes })} />
        <TextField
          label={t('field.form.income')}
          value={values.incomeChange}
          onChange={(incomeChange) => set({ incomeChange })}
        />
        <TextField
          label={t('field.form.members')}
          value={values.memberChanges}
          onChange={(memberChanges) => set({ memberChanges })}
        />
      </Card>

      <Card size="small" title={t('field.form.problems')}>
        {problems.map((problem, index) => (
          <div key={index} className="zf-problem" data-testid="problem">
            <div className="zf-problem-head">
              <Select
                className="zf-problem-category"
                placeholder={t('field.form.problemCategory')}
                aria-label={t('field.form.problemCategory')}
                options={categories}
                value={problem.category || undefined}
                onChange={(category: VisitProblem['category']) =>
                  set({ problems: problems.map((p, i) => (i === index ? { ...p, category } : p)) })
                }
              />
              <Button
                icon={<DeleteOutlined />}
                aria-label={t('field.form.removeProblem')}
                onClick={() => set({ problems: problems.filter((_, i) => i !== index) })}
              />
            </div>
            <Input.TextArea
              autoSize={{ minRows: 2 }}
              placeholder={t('field.form.problemText')}
              aria-label={t('field.form.problemText')}
              value={problem.description}
              onChange={(e) =>
                set({
                  problems: problems.map((p, i) => (i === index ? { ...p, description: e.target.value } : p)),
                })
              }
            />
          </div>
        ))}
        <Button
          icon={<PlusOutlined />}
          block
          onClick={() => set({ problems: [...problems, { category: '', description: '' }] })}
        >
          {t('field.form.addProblem')}
        </Button>
      </Card>

      <Card size="small" title={t('field.form.confirmation')}>
        <Segmented<ConfirmKind>
          block
          value={confirm}
          onChange={setConfirm}
          options={[
            { value: 'none', label: t('field.form.none') },
            { value: 'signature', label: t('field.form.signature') },
            { value: 'code', label: t('field.form.code') },
          ]}
        />
        {confirm === 'signature' && <SignatureField ref={signature} />}
        {confirm === 'code' && (
          <div className="zf-code">
            {!online && <Alert type="warning" showIcon title={t('field.form.codeOffline')} />}
            <Button disabled={!online} loading={code.isPending} onClick={() => code.mutate(householdId)}>
              {t('field.form.sendCode')}
            </Button>
            {code.data && (
              <Typography.Text type="secondary">
                {t('field.form.codeSent', { phone: code.data.sentTo, time: formatTime(code.data.expiresAt) })}
              </Typography.Text>
            )}
            {code.isError && <Typography.Text type="danger">{errorText(code.error)}</Typography.Text>}
            <Input
              inputMode="numeric"
              maxLength={6}
              placeholder={t('field.form.codeInput')}
              aria-label={t('field.form.codeInput')}
              value={codeText}
              onChange={(e) => setCodeText(e.target.value)}
            />
          </div>
        )}
      </Card>

      <div className="zf-field-save">
        <Button type="primary" size="large" block onClick={() => void save()}>
          {t('field.form.save')}
        </Button>
      </div>
    </div>
  );
}

function TextField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <label className="zf-field-text">
      <span className="zf-muted">{label}</span>
      <Input.TextArea
        autoSize={{ minRows: 1 }}
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
