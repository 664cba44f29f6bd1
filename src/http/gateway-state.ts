/** What the health endpoints report; `ready` turns false while the gateway drains on shutdown. */
export interface GatewayState {
  readonly demo: boolean;
  readonly version: string;
  ready: boolean;
}
