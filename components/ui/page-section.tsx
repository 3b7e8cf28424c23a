import type { ReactNode } from 'react';

/**
 * A part of a page under its own second-level heading, which names the region for screen
 * readers (`aria-labelledby`). `id` is the section's anchor, where a link or a redirect
 * points into the page; `gap` spaces what the section holds.
 */
export function PageSection({
  headingId,
  title,
  id,
  gap = 'gap-2',
  children,
}: {
  headingId: string;
  title: ReactNode;
  id?: string;
  gap?: 'gap-2' | 'gap-3' | 'gap-4';
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={id ? `flex scroll-mt-4 flex-col ${gap}` : `flex flex-col ${gap}`}
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
