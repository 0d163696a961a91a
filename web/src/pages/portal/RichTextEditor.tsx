import {
  BoldOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  PictureOutlined,
  RedoOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import Image from '@tiptap/extension-image';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Tooltip } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { ImagePickerModal } from './ImagePickerModal.tsx';

interface Props {
  id?: string;
  value?: string;
  onChange?: (html: string) => void;
  siteId: number;
  readOnly: boolean;
}

// Only what the server's allowlist keeps (sanitize.ts): no code, no rules, no strike-through styling.
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    link: { openOnClick: false, protocols: ['http', 'https', 'mailto'], HTMLAttributes: { rel: 'noopener' } },
  }),
  Image.configure({ inline: false }),
];

const SAFE_LINK = /^(https?:\/\/|mailto:|\/(?!\/))/i;

/**
 * The article's text as rich text (tiptap): headings, bold, italic, lists, quotes, links and images picked
 * from the site's library. The HTML goes to the server, which sanitises it again; the editor only produces
 * what survives that allowlist, so what the editor shows is what the portal shows.
 */
export function RichTextEditor({ id, value = '', onChange, siteId, readOnly }: Props) {
  const t = useT();
  const [picking, setPicking] = useState(false);
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: value,
    editable: !readOnly,
    editorProps: {
      attributes: {
        class: 'zf-portal-editor-body',
        ...(id ? { id } : {}),
        'aria-multiline': 'true',
        role: 'textbox',
      },
    },
    onUpdate: ({ editor: e }) => onChange?.(e.getHTML()),
  });
  // A reload (someone else's version, a saved revision) replaces the text without adding to the undo history.
  useEffect(() => {
    if (editor.getHTML() !== value) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);
  // Without emitting an update: turning editable is no edit, and must not mark the form as changed.
  useEffect(() => {
    if (editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  const link = () => {
    const previous = (editor.getAttributes('link') as { href?: string }).href ?? '';
    const href = window.prompt(t('portal.tool.linkPrompt'), previous);
    if (href === null) return;
    const chain = editor.chain().focus().extendMarkRange('link');
    if (!href.trim()) chain.unsetLink().run();
    else if (SAFE_LINK.test(href.trim())) chain.setLink({ href: href.trim() }).run();
  };

  return (
    <div className="zf-portal-editor">
      {!readOnly && <Toolbar editor={editor} onLink={link} onImage={() => setPicking(true)} />}
      <EditorContent editor={editor} />
      {picking && (
        <ImagePickerModal
          siteId={siteId}
          onClose={() => setPicking(false)}
          onPick={(image) => {
            editor.chain().focus().setImage({ src: image.url, alt: image.alt }).run();
            setPicking(false);
          }}
        />
      )}
    </div>
  );
}

function Toolbar({ editor, onLink, onImage }: { editor: Editor; onLink: () => void; onImage: () => void }) {
  const t = useT();
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
    }),
  });
  const tool = (key: MessageKey, icon: ReactNode, run: () => void, pressed?: boolean) => (
    <Tooltip title={t(key)} key={key}>
      <Button
        size="small"
        type={pressed ? 'primary' : 'text'}
        icon={icon}
        aria-label={t(key)}
        aria-pressed={pressed}
        className={`zf-portal-tool zf-portal-tool-${key.split('.').at(-1)}`}
        onClick={run}
      />
    </Tooltip>
  );
  const chain = () => editor.chain().focus();
  return (
    <div className="zf-portal-toolbar-rich" role="toolbar" aria-label={t('portal.tool.label')}>
      {tool('portal.tool.bold', <BoldOutlined />, () => chain().toggleBold().run(), active.bold)}
      {tool('portal.tool.italic', <ItalicOutlined />, () => chain().toggleItalic().run(), active.italic)}
      {tool('portal.tool.h2', <b>H2</b>, () => chain().toggleHeading({ level: 2 }).run(), active.h2)}
      {tool('portal.tool.h3', <b>H3</b>, () => chain().toggleHeading({ level: 3 }).run(), active.h3)}
      {tool(
        'portal.tool.bullet',
        <UnorderedListOutlined />,
        () => chain().toggleBulletList().run(),
        active.bullet,
      )}
      {tool(
        'portal.tool.ordered',
        <OrderedListOutlined />,
        () => chain().toggleOrderedList().run(),
        active.ordered,
      )}
      {tool('portal.tool.quote', <b aria-hidden>“</b>, () => chain().toggleBlockquote().run(), active.quote)}
      {tool('portal.tool.link', <LinkOutlined />, onLink, active.link)}
      {tool('portal.tool.image', <PictureOutlined />, onImage)}
      {tool('portal.tool.undo', <UndoOutlined />, () => chain().undo().run())}
      {tool('portal.tool.redo', <RedoOutlined />, () => chain().redo().run())}
    </div>
  );
}
