'use client';
import { useScenario } from '../lib/use-scenario';
import { ScenarioForm } from './ScenarioForm';

/** The quick check: the form, validated as you type, and the answer beside it. */
export function QuickCheck() {
  const [scenario, setScenario] = useScenario();
  return <ScenarioForm scenario={scenario} exchanges={[]} error={null} onChange={setScenario} />;
}
