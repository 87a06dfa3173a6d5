const EPSILON = 1e-12;

/**
 * A directed network with real capacities and Dinic's maximum flow. Small and dependency-free: the roster bound needs
 * a few hundred nodes, solved a few dozen times.
 */
export class FlowNetwork {
  private readonly head: number[];
  private readonly target: number[] = [];
  private readonly nextEdge: number[] = [];
  private readonly residual: number[] = [];
  private level: number[] = [];
  private cursor: number[] = [];

  constructor(readonly nodeCount: number) {
    this.head = new Array<number>(nodeCount).fill(-1);
  }

  /** Adds an edge and its reverse residual edge. */
  addEdge(from: number, to: number, capacity: number): void {
    this.push(from, to, capacity);
    this.push(to, from, 0);
  }

  private push(from: number, to: number, capacity: number): void {
    this.target.push(to);
    this.residual.push(capacity);
    this.nextEdge.push(this.head[from] ?? -1);
    this.head[from] = this.target.length - 1;
  }

  /** The maximum flow from source to sink (consumes the capacities). */
  maxFlow(source: number, sink: number): number {
    let total = 0;
    while (this.buildLevels(source, sink)) {
      this.cursor = [...this.head];
      for (let pushed = this.augment(source, sink, Infinity); pushed > EPSILON;) {
        total += pushed;
        pushed = this.augment(source, sink, Infinity);
      }
    }
    return total;
  }

  private buildLevels(source: number, sink: number): boolean {
    this.level = new Array<number>(this.nodeCount).fill(-1);
    this.level[source] = 0;
    const queue = [source];
    for (let index = 0; index < queue.length; index += 1) {
      const node = queue[index] ?? 0;
      for (let edge = this.head[node] ?? -1; edge >= 0; edge = this.nextEdge[edge] ?? -1) {
        const to = this.target[edge] ?? 0;
        if ((this.residual[edge] ?? 0) > EPSILON && this.level[to] === -1) {
          this.level[to] = (this.level[node] ?? 0) + 1;
          queue.push(to);
        }
      }
    }
    return this.level[sink] !== -1;
  }

  private augment(node: number, sink: number, limit: number): number {
    if (node === sink) {
      return limit;
    }
    for (let edge = this.cursor[node] ?? -1; edge >= 0; edge = this.nextEdge[edge] ?? -1) {
      this.cursor[node] = edge;
      const to = this.target[edge] ?? 0;
      const capacity = this.residual[edge] ?? 0;
      if (capacity > EPSILON && this.level[to] === (this.level[node] ?? 0) + 1) {
        const pushed = this.augment(to, sink, Math.min(limit, capacity));
        if (pushed > EPSILON) {
          this.residual[edge] = capacity - pushed;
          // Edges are added in pairs: edge ^ 1 is the reverse of edge.
          this.residual[edge ^ 1] = (this.residual[edge ^ 1] ?? 0) + pushed;
          return pushed;
        }
      }
    }
    this.cursor[node] = -1;
    return 0;
  }
}
