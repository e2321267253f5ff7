import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Storage writer and message handlers arrive with the storage issue; listeners must stay top-level.
});
