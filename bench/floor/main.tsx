import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

// The smallest app of the planner's stack: the size every real feature is measured against.
interface CountState {
  count: number;
  increment: () => void;
}

const useCountStore = create<CountState>()(
  persist((set) => ({ count: 0, increment: () => set((s) => ({ count: s.count + 1 })) }), {
    name: 'floor:count',
    version: 1,
    partialize: (state) => ({ count: state.count }),
  }),
);

function Floor() {
  const count = useCountStore((s) => s.count);
  const increment = useCountStore((s) => s.increment);
  return (
    <button type="button" onClick={increment}>
      Pressed {count} times
    </button>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);
