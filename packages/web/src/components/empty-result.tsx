import { EmptyState } from '@mantine/core';
import { IconDatabaseOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface EmptyResultProps {
  title: string;
  description?: string;
  children?: ReactNode;
}

/** What a list shows when nothing matches. */
export function EmptyResult({ title, description, children }: EmptyResultProps) {
  return (
    <EmptyState
      py="xl"
      title={title}
      description={description}
      icon={<IconDatabaseOff size={28} />}
      withIndicatorBackground
    >
      {children}
    </EmptyState>
  );
}
