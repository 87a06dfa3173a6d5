import { NavLink, type NavLinkProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

type MantineNavAnchorProps = NavLinkProps &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'> & { ref?: Ref<HTMLAnchorElement> };

function MantineNavAnchor(props: MantineNavAnchorProps) {
  return <NavLink component="a" {...props} />;
}

const CreatedNavLinkItem = createLink(MantineNavAnchor);

/** A navbar entry that navigates with the router and is marked active on its route. */
export const NavLinkItem: LinkComponent<typeof MantineNavAnchor> = (props) => (
  <CreatedNavLinkItem preload="intent" activeProps={{ active: true }} {...props} />
);
