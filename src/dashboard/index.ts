export {
  dashboardDirectory,
  loadDashboardAssets,
  type DashboardAsset,
  type DashboardAssets,
} from './load-dashboard-assets.js';
