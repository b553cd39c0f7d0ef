import { useState } from 'react';
import { CoachedTextArea } from '../../components/CoachedTextArea';
import { Page } from '../../components/Page';
import { Status } from '../../components/Status';
import { t } from '../../i18n/i18n';

/**
 * "Prepare what to say": a private place to draft something hard before saying it. Nothing here
 * is sent or saved; the coach reads it on this device only.
 */
export default function PrepareScreen() {
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(draft);
      setStatus(t('prepare.copied'));
    } catch {
      setStatus(t('invite.copyFailed'));
    }
  }

  return (
    <Page title={t('prepare.title')} back="/">
      <p>{t('prepare.intro')}</p>
      <p className="hint">{t('prepare.private')}</p>
      <CoachedTextArea
        label={t('prepare.label')}
        hint={t('prepare.hint')}
        value={draft}
        onChange={setDraft}
        rows={7}
      />
      <div className="actions">
        <button type="button" className="primary" disabled={!draft.trim()} onClick={copy}>
          {t('prepare.copy')}
        </button>
        <button type="button" className="quiet" disabled={!draft} onClick={() => setDraft('')}>
          {t('prepare.clear')}
        </button>
      </div>
      <Status message={status} />
    </Page>
  );
}
