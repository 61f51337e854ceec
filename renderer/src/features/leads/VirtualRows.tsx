import { useEffect, useState, type ReactNode } from 'react';

export interface VirtualRowsProps<T> {
  rows: readonly T[];
  rowHeight: number;
  height: number;
  renderRow(row: T, index: number): ReactNode;
  /** Told which rows are on screen, e.g. to fetch what they show. */
  onVisible?(first: number, last: number): void;
  label: string;
}

const OVERSCAN = 8;

/**
 * Renders only the rows in view (plus a few), so a list of 100,000 leads scrolls as lightly as
 * one of 100. Rows have a fixed height, which keeps the arithmetic exact.
 */
export function VirtualRows<T>({ rows, rowHeight, height, renderRow, onVisible, label }: VirtualRowsProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  useEffect(() => onVisible?.(first, last), [first, last, onVisible]);
  return (
    <div
      className="virtual-rows"
      style={{ height }}
      role="rowgroup"
      aria-label={label}
      tabIndex={0}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div style={{ height: rows.length * rowHeight, position: 'relative' }}>
        {rows.slice(first, last).map((row, i) => (
          <div key={first + i} className="virtual-row" style={{ top: (first + i) * rowHeight, height: rowHeight }}>
            {renderRow(row, first + i)}
          </div>
        ))}
      </div>
    </div>
  );
}
