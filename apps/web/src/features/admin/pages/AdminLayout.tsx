import { Stack } from '@mantine/core';
import { Outlet } from 'react-router';
import { AdminSectionNav } from '../components/AdminSectionNav';

/** Every admin page: the section links above the page. */
export function AdminLayout() {
  return (
    <Stack gap="lg">
      <AdminSectionNav />
      <Outlet />
    </Stack>
  );
}
