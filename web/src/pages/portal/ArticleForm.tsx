import { SaveOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Select } from 'antd';
import { useNavigate } from 'react-router';
import { FormAlerts } from '../../forms/FormAlerts.tsx';
import { useRequired } from '../../forms/rules.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useArticle, useCreateArticle, usePatchArticle } from './api.ts';
import { conflictHandling } from './conflict.ts';
import { disclosureBody, disclosureForm, emptyDisclosure, type DisclosureForm } from './disclosure.ts';
import { DisclosureFields } from './DisclosureFields.tsx';
import { RichTextEditor } from './RichTextEditor.tsx';
import type { Article, ArticleKind, Column, Site } from './types.ts';

interface Values {
  title: string;
  columnId: number;
  source?: string;
  author?: string;
  organisation?: string;
  bodyHtml: string;
  disclosure?: DisclosureForm;
  note?: string;
}

const TOP = ['title', 'columnId', 'source', 'author', 'organisation', 'bodyHtml', 'note'];
const isShown = (field: string) => TOP.includes(field) || field.startsWith('disclosure.');
// A disclosure goes in the column listing disclosures; an article in one of articles (the others list what
// the procedures and the complaints produce).
const COLUMN_KIND: Record<ArticleKind, Column['kind']> = { article: 'articles', disclosure: 'disclosures' };

const trimmed = (text: string | undefined) => text?.trim() ?? '';
// An empty byline is no byline: the page then leaves its line out.
const byline = (text: string | undefined) => trimmed(text) || null;

interface Props {
  site: Site;
  columns: Column[];
  kind: ArticleKind;
  /** The article edited; none for a new one. */
  article: Article | null;
  readOnly: boolean;
  /** Whether the form holds changes not yet saved (the actions wait for a save). */
  onDirty: (dirty: boolean) => void;
}

/** The fields of an article or disclosure; a save makes a draft or a new revision (with the version read). */
export function ArticleForm({ site, columns, kind, article, readOnly, onDirty }: Props) {
  const t = useT();
  const required = useRequired();
  const navigate = useNavigate();
  const scope = useRegionScope();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, { isShown });
  const create = useCreateArticle();
  const patch = usePatchArticle(article?.id ?? 0);
  const reload = useArticle(article?.id);
  const fit = columns.filter((c) => c.kind === COLUMN_KIND[kind]);

  const initial: Partial<Values> = article
    ? {
        title: article.title,
        columnId: article.columnId,
        source: article.source ?? '',
        author: article.author ?? '',
        organisation: article.organisation ?? '',
        bodyHtml: article.bodyHtml,
        ...(article.disclosure ? { disclosure: disclosureForm(article.disclosure) } : {}),
      }
    : {
        bodyHtml: '',
        ...(fit[0] ? { columnId: fit[0].id } : {}),
        ...(kind === 'disclosure' ? { disclosure: emptyDisclosure() } : {}),
      };

  const submit = (values: Values) => {
    errors.reset();
    const fields = {
      title: values.title.trim(),
      columnId: values.columnId,
      bodyHtml: values.bodyHtml,
      source: byline(values.source),
      author: byline(values.author),
      organisation: byline(values.organisation),
      ...(values.disclosure ? { disclosure: disclosureBody(values.disclosure) } : {}),
    };
    if (!article) {
      create.mutate(
        { siteId: site.id, kind, ...fields },
        {
          onSuccess: (created) => {
            void message.success(t('portal.editor.created'));
            onDirty(false);
            void navigate(regionHref(scope.code ?? COUNTRY, `portal/articles/${created.id}`, undefined), {
              replace: true,
            });
          },
          onError: errors.fail,
        },
      );
      return;
    }
    const note = trimmed(values.note);
    patch.mutate(
      { version: article.version, ...fields, ...(note ? { note } : {}) },
      {
        onSuccess: (saved) => {
          void message.success(t('portal.editor.saved', { revision: saved.revision }));
          form.setFieldValue('note', '');
          onDirty(false);
        },
        onError: errors.fail,
      },
    );
  };

  return (
    <Form<Values>
      form={form}
      className="zf-portal-article-form"
      layout="vertical"
      initialValues={initial}
      disabled={readOnly}
      onValuesChange={(changed) => {
        errors.edited(changed);
        onDirty(true);
      }}
      onFinish={submit}
    >
      <FormAlerts
        errors={errors}
        conflict={conflictHandling(t, reload, () => (errors.reset(), onDirty(false)))}
      />
      <Form.Item
        name="title"
        label={t('portal.editor.title')}
        rules={[...required(t('portal.editor.title')), { max: 200 }]}
      >
        <Input className="zf-portal-title-input" maxLength={200} showCount />
      </Form.Item>
      <div className="zf-portal-grid">
        <Form.Item
          name="columnId"
          label={t('portal.editor.column')}
          rules={required(t('portal.editor.column'))}
        >
          <Select
            className="zf-portal-column-select"
            options={fit.map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item name="source" label={t('portal.editor.source')} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="author" label={t('portal.editor.author')} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="organisation" label={t('portal.editor.organisation')} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
      </div>
      {kind === 'disclosure' && <DisclosureFields siteRegion={site.regionCode} disabled={readOnly} />}
      <Form.Item name="bodyHtml" label={t('portal.editor.body')}>
        <RichTextEditor siteId={site.id} readOnly={readOnly} />
      </Form.Item>
      {article && !readOnly && (
        <Form.Item
          name="note"
          label={t('portal.editor.note')}
          extra={t('portal.editor.noteHint')}
          rules={[{ max: 500 }]}
        >
          <Input maxLength={500} />
        </Form.Item>
      )}
      {!readOnly && (
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={create.isPending || patch.isPending}
          className="zf-portal-save-article"
        >
          {t('portal.editor.save')}
        </Button>
      )}
    </Form>
  );
}
