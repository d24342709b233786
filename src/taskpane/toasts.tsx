/**
 * Fluent's Toaster for transient confirmations ("sel ditandai", "Rumus disisipkan", settings
 * saved), loaded after the first tab. Screen readers hear these through the pane's
 * AriaLiveAnnouncer (PaneState.announce), so the Toaster itself stays silent instead of saying
 * everything twice.
 */
import { useEffect } from "react";
import { Toast, ToastTitle, Toaster, useId, useToastController } from "@fluentui/react-components";

export type ShowToast = (message: string) => void;

const silent = () => undefined;

export default function Toasts({ onReady }: { onReady: (show: ShowToast) => void }) {
  const toasterId = useId("kinerja-toaster");
  const { dispatchToast } = useToastController(toasterId);
  useEffect(() => {
    onReady((message) =>
      dispatchToast(
        <Toast>
          <ToastTitle>{message}</ToastTitle>
        </Toast>,
        { intent: "success", timeout: 5000 },
      ),
    );
  }, [dispatchToast, onReady]);
  return <Toaster toasterId={toasterId} position="bottom" announce={silent} />;
}
