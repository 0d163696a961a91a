import { Button } from 'antd';
import SignaturePad from 'signature_pad';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { useT } from '../../i18n/useT.ts';

export interface SignatureHandle {
  /** The signature as base64 PNG (no data: prefix), or null when nothing was drawn. */
  png: () => string | null;
}

/** The household's signature drawn with a finger on the phone (signature_pad), sharp on high-density screens. */
export function SignatureField({ ref }: { ref: Ref<SignatureHandle> }) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return undefined;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    element.width = element.offsetWidth * ratio;
    element.height = element.offsetHeight * ratio;
    element.getContext('2d')?.scale(ratio, ratio);
    const drawn = new SignaturePad(element, { backgroundColor: 'rgb(255,255,255)' });
    pad.current = drawn;
    return () => drawn.off();
  }, []);

  useImperativeHandle(ref, () => ({
    png: () => {
      if (!pad.current || pad.current.isEmpty()) return null;
      return pad.current.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
    },
  }));

  return (
    <div className="zf-signature">
      <canvas ref={canvas} className="zf-signature-canvas" data-testid="signature" />
      <Button size="small" onClick={() => pad.current?.clear()}>
        {t('field.form.clearSignature')}
      </Button>
    </div>
  );
}
