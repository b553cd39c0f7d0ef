import { type ReactNode, useEffect, useRef } from 'react';
import { t } from '../i18n/i18n';
import { Link } from '../router';

interface PageProps {
  title: string;
  /** Where "Back" goes; no back link when absent. */
  back?: string;
  /** Keep the browser tab's title plain ("Tend"), so a glance at it says nothing about the screen. */
  isDiscreet?: boolean;
  children: ReactNode;
}

/** One screen: a back link, the heading (focused on arrival, so screen readers announce it), the content. */
export function Page({ title, back, isDiscreet = false, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = isDiscreet ? 'Tend' : `${title} · Tend`;
    heading.current?.focus();
  }, [title, isDiscreet]);
  return (
    <main className="page">
      {back && (
        <Link className="back" href={back}>
          {t('common.back')}
        </Link>
      )}
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </main>
  );
}
