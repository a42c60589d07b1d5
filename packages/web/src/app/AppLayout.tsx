// The frame of the signed-in app: header with the project's navigation drawer on phones,
// language switch and account menu.

import { AppShell, Burger, Group, Menu, Text, UnstyledButton, Avatar, Anchor } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Navigate, Outlet, useLocation, useMatch, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession, useSignOut } from '../api/session';
import { Loading } from '../components/Loading';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitch } from './LanguageSwitch';
import { ProjectNav } from './ProjectNav';

export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const inProject = useMatch('/p/:slug/*');
  const [opened, { toggle, close }] = useDisclosure();

  if (session.isPending) return <Loading />;
  if (session.error && !session.data) return <ErrorAlert error={session.error} />;
  if (!session.data)
    return (
      <Navigate
        to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`}
        replace
      />
    );
  const { user } = session.data;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={
        inProject ? { width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined
      }
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {inProject && (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.menu')}
              />
            )}
            <Anchor component={Link} to="/" underline="never" c="inherit">
              <Group gap={6} wrap="nowrap">
                <img src="/favicon.svg" alt="" width={26} height={26} />
                <Text fw={700} size="lg">
                  Kume
                </Text>
              </Group>
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch signedIn />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton aria-label={t('nav.account')} data-testid="user-menu">
                  <Avatar radius="xl" size="sm" color="teal">
                    {user.name.slice(0, 1).toLocaleUpperCase()}
                  </Avatar>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>
                  {user.name} · {user.email}
                </Menu.Label>
                <Menu.Item component={Link} to="/">
                  {t('nav.projects')}
                </Menu.Item>
                <Menu.Item component={Link} to="/account">
                  {t('nav.account')}
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item
                  color="red"
                  data-testid="sign-out"
                  onClick={() => {
                    void signOut().then(() => navigate('/signin'));
                  }}
                >
                  {t('nav.signOut')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      {inProject && (
        <AppShell.Navbar p="sm">
          <ProjectNav onNavigate={close} />
        </AppShell.Navbar>
      )}
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
