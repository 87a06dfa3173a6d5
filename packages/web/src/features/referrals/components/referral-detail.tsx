import { Grid, Stack } from '@mantine/core';
import type { Referral } from '@tansiq/domain';
import { ReferralActions } from './referral-actions';
import { ReferralContent } from './referral-content';
import { ReferralDocuments } from './referral-documents';
import { ReferralHeader } from './referral-header';
import { ReferralHistory } from './referral-history';
import { ReferralRoute } from './referral-route';
import { ReferralTimers } from './referral-timers';

/** A referral page's body: who, where, what may be done now, the content, timers, documents and history. */
export function ReferralDetail({ referral }: { referral: Referral }) {
  return (
    <Stack gap="md">
      <ReferralHeader referral={referral} />
      <ReferralRoute referral={referral} />
      <ReferralActions referral={referral} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <ReferralContent referral={referral} />
            <ReferralHistory referral={referral} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <ReferralTimers referral={referral} />
            <ReferralDocuments referral={referral} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
