import { Button, Card, Radio, Stack, Textarea, Title } from '@mantine/core';
import {
  answerTeleexpertiseInputSchema,
  teleexpertiseAnswerKinds,
  type Teleexpertise,
  type TeleexpertiseAnswerKind,
} from '@tansiq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useTeleexpertiseWrites } from '../api/use-teleexpertise-writes';

/** The destination physician's answer: advice only, a referral to send, or a teleconsultation to book. */
export function TeleexpertiseAnswerForm({ teleexpertise }: { teleexpertise: Teleexpertise }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<TeleexpertiseAnswerKind>('advice');
  const [text, setText] = useState('');
  const { answer } = useTeleexpertiseWrites(teleexpertise.id);
  const { errors, validate } = useFieldErrors(answer.error);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const input = validate(answerTeleexpertiseInputSchema, { version: teleexpertise.version, kind, text });
    if (input) {
      answer.mutate(input);
    }
  }

  return (
    <Card withBorder>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('teleexpertise.answerForm.title')}
          </Title>
          <Radio.Group label={t('teleexpertise.answerForm.kind')} value={kind} onChange={(value) => setKind(value)}>
            <Stack gap={6} mt={4}>
              {teleexpertiseAnswerKinds.map((option) => (
                <Radio key={option} value={option} label={t(`teleexpertise.answerKind.${option}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('teleexpertise.answerForm.text')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            autosize
            minRows={4}
            error={errors.text}
          />
          {answer.isError && !errors.text && <ErrorPanel error={answer.error} />}
          <Button type="submit" loading={answer.isPending} w="fit-content">
            {t('teleexpertise.answerForm.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
