export { useGsts } from './api/use-gsts';
export { GstTable } from './components/gst-table';
export { EditGstModal } from './components/edit-gst-modal';
