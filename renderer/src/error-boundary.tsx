/** A screen that fails shows a way back instead of a blank window. */
import { Component, type ReactNode } from 'react';
import { useI18n } from './i18n/i18n';

type Props = { children: ReactNode; onReset?: () => void };

function Fallback({ onRetry, onReset }: { onRetry: () => void; onReset?: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="error-banner screen-error" data-testid="screen-error">
      <p>
        <strong>{t.screenFailed}</strong> {onReset ? t.screenFailedHelp : t.screenFailedHelpRetry}
      </p>
      <p className="field-actions">
        <button type="button" onClick={onRetry}>
          {t.tryAgain}
        </button>
        {onReset && (
          <button type="button" onClick={onReset}>
            {t.startOver}
          </button>
        )}
      </p>
    </div>
  );
}

/** Catches a rendering error in one screen; the rest of the app keeps working. */
export class ScreenBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: unknown): void {
    console.error('[screen] a screen failed to render', error);
  }

  render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const reset = this.props.onReset;
    return (
      <Fallback
        onRetry={() => this.setState({ failed: false })}
        onReset={
          reset &&
          (() => {
            reset();
            this.setState({ failed: false });
          })
        }
      />
    );
  }
}
