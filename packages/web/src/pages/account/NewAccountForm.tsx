// The account an invited person creates while accepting: the email is the invitation's.

import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { accountInputSchema } from '@kume/core';
import { useFormValidation } from '../../forms/useFormValidation';
import { repeatedPasswordError } from './repeatedPassword';

export interface NewAccount {
  name: string;
  password: string;
}

// The invitation fixes the email; name and password are what the person types.
const newAccountSchema = accountInputSchema.pick({ name: true, password: true });

export function NewAccountForm({
  email,
  sending,
  serverError,
  onSubmit,
}: {
  email: string;
  sending: boolean;
  serverError: unknown;
  onSubmit: (account: NewAccount) => void;
}) {
  const { t } = useTranslation('account');
  const form = useFormValidation(
    newAccountSchema,
    { name: '', password: '', repeat: '' },
    {
      refine: (v) => ({ repeat: repeatedPasswordError(v.password, v.repeat, t) }),
      showOn: 'blur',
      serverError,
    },
  );
  return (
    <form noValidate onSubmit={form.submit(onSubmit)}>
      <Stack>
        <Text fw={600}>{t('invitation.createAccount')}</Text>
        <TextInput label={t('field.email')} value={email} readOnly variant="filled" />
        <TextInput
          label={t('field.name')}
          autoComplete="name"
          required
          data-testid="invitation-name"
          {...form.text('name')}
        />
        <PasswordInput
          label={t('field.password')}
          description={t('field.passwordHint')}
          autoComplete="new-password"
          required
          data-testid="invitation-password"
          {...form.text('password')}
        />
        <PasswordInput
          label={t('field.repeatPassword')}
          autoComplete="new-password"
          required
          data-testid="invitation-password-confirm"
          {...form.text('repeat')}
        />
        <Button type="submit" loading={sending} data-testid="invitation-create">
          {t('invitation.createAndAccept')}
        </Button>
      </Stack>
    </form>
  );
}
