import { useDirection } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';

/** An arrow pointing "back": left in French and English, right in Arabic. */
export function BackArrow() {
  const { dir } = useDirection();
  const Icon = dir === 'rtl' ? IconArrowRight : IconArrowLeft;
  return <Icon size={14} aria-hidden style={{ verticalAlign: 'middle', marginInlineEnd: 4 }} />;
}
