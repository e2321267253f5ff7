import type { ReactNode } from 'react';

export type TagTone = 'neutral' | 'accent' | 'success' | 'critical' | 'important' | 'nice';

interface TagProps {
  readonly tone?: TagTone;
  readonly children: ReactNode;
}

/** A small label. Its words carry the meaning; the tone only reinforces it (never colour alone). */
export function Tag({ tone = 'neutral', children }: TagProps) {
  return <span className={`tag tag--${tone}`}>{children}</span>;
}
