export interface RateBarProps {
  rate: number;
  low: number;
  high: number;
  /** The average every rate is compared with, drawn as a tick. */
  average: number;
  /** The rate at the bar's right end. */
  scale: number;
}

const WIDTH = 72;
const HEIGHT = 14;

/** A rate with its 95 % interval on a small track, against the average: noise shows as a long whisker. */
export function RateBar({ rate, low, high, average, scale }: RateBarProps) {
  if (!Number.isFinite(rate)) return <svg className="rate-bar" width={WIDTH} height={HEIGHT} aria-hidden="true" />;
  const x = (share: number) => Math.max(0, Math.min(WIDTH, (share / scale) * WIDTH));
  const above = rate >= average;
  return (
    <svg className="rate-bar" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      <rect x={0} y={6} width={WIDTH} height={2} rx={1} fill="#e5e7eb" />
      <line x1={x(low)} x2={x(high)} y1={7} y2={7} stroke={above ? '#1d4ed8' : '#c2410c'} strokeWidth={3} strokeLinecap="round" opacity={0.45} />
      <circle cx={x(rate)} cy={7} r={4} fill={above ? '#1d4ed8' : '#c2410c'} />
      <line x1={x(average)} x2={x(average)} y1={1} y2={13} stroke="#111827" strokeWidth={1.5} />
    </svg>
  );
}
