// The one date validator and "today in Sweden" live in @arende/lagrum (the bottom of the flow); core re-exports them.
export { isIsoDate, todayInSweden } from '@arende/lagrum';
