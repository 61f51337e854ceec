import fs from 'node:fs';

/**
 * A plain leads file of `rows` rows (about 90 bytes each), big enough that importing it takes
 * long enough to cancel or kill half-way. Written in 1 MB blocks to stay fast.
 */
export function writeLargeLeadsFile(file: string, rows: number): void {
  const fd = fs.openSync(file, 'w');
  try {
    let block = 'Lead ID,Email,Create Date,Channel,Campaign,Industry,Country\n';
    for (let i = 1; i <= rows; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      block += `G${i},person${i}@company${i % 5000}.com,2025-01-${day}T09:00:00Z,Web,Spring ${i % 40},Software,Germany\n`;
      if (block.length > 1 << 20) {
        fs.writeSync(fd, block);
        block = '';
      }
    }
    fs.writeSync(fd, block);
  } finally {
    fs.closeSync(fd);
  }
}
