import { cn } from '@/lib/utils';

import type { StatusTone } from '@/lib/orders/status';

// Dark text on a pale ground (contrast above 7:1 for each tone), a border, and a shape that
// differs by tone, so that the meaning survives without colour; the words carry it anyway.
const TONES: Record<StatusTone, { className: string; shape: string }> = {
  neutral: {
    className: 'border-gray-400 bg-gray-50 text-gray-800',
    shape: 'M5 8a3 3 0 1 0 6 0a3 3 0 1 0-6 0',
  },
  progress: {
    className: 'border-blue-400 bg-blue-50 text-blue-900',
    shape: 'M3 8h7M7 4.5 10.5 8 7 11.5',
  },
  success: {
    className: 'border-green-500 bg-green-50 text-green-900',
    shape: 'M3.5 8.5 6.5 11.5 12.5 4.5',
  },
  attention: {
    className: 'border-amber-500 bg-amber-50 text-amber-900',
    shape: 'M8 3.5v5.5M8 11.5v1',
  },
  stopped: {
    className: 'border-red-400 bg-red-50 text-red-900',
    shape: 'M4.5 4.5l7 7M11.5 4.5l-7 7',
  },
};

export function StatusBadge({
  label,
  tone,
  className,
}: {
  label: string;
  tone: StatusTone;
  className?: string;
}) {
  const { className: colours, shape } = TONES[tone];
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap',
        colours,
        className,
      )}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 shrink-0" fill="none">
        <path
          d={shape}
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {label}
    </span>
  );
}
