// The clients' process of `npm run bench:referrals` (forked by referrals-load.ts): receives its order, drives the
// referral loops over HTTP, sends back its report and exits.
import { runClients, type LoadOrder } from './referrals-load';

process.once('message', (order: LoadOrder) => {
  runClients(order)
    .then((report) => process.send?.(report, () => process.exit(0)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
});
