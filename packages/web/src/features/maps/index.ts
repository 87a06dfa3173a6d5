export { EstablishmentMap } from './components/establishment-map';
