package analysis

import (
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/distuv"
)

// CR2Coef is one coefficient of an OLS fit with CR2 cluster-robust
// inference.
type CR2Coef struct {
	// Computable is false when the coefficient has no usable
	// cluster-robust SE (see CR2); SE, DF, T, P and the interval are then
	// NaN, while Estimate is kept if the model was fitted.
	Computable bool
	Reason     Reason
	// Estimate is the OLS coefficient.
	Estimate float64
	// SE is the square root of the CR2 variance.
	SE float64
	// DF is the Satterthwaite degrees of freedom (not an integer).
	DF float64
	// T = Estimate / SE, and P its two-sided p-value from Student's t with
	// DF degrees of freedom.
	T, P float64
	// CILow and CIHigh bound the 95 % interval Estimate ± t(0.975, DF)·SE.
	CILow, CIHigh float64
}

// CR2Result is an OLS fit with CR2 cluster-robust standard errors and
// Satterthwaite degrees of freedom.
type CR2Result struct {
	// Computable is false when the model cannot be fitted: malformed input
	// (ReasonInvalidInput), fewer than two clusters or no more rows than
	// columns (ReasonTooFewObservations), or collinear columns
	// (ReasonCollinear). Coefs is then nil.
	Computable bool
	Reason     Reason
	// N rows (rows with a NaN dropped) in Clusters clusters.
	N, Clusters int
	// Coefs follow the columns of the design matrix.
	Coefs []CR2Coef
}

// eigenTolerance is clubSandwich's: eigenvalues of I − H_jj at or below it
// count as 0 in the inverse square root (a generalised inverse).
const eigenTolerance = 1e-12

// degenerateSE: a CR2 SE below this fraction of the model-based OLS SE is
// rounding noise around an exact 0, which is what a coefficient resting on
// one cluster's rows gets (e.g. the arm with one group per arm: every
// residual of that group is orthogonal to its own columns).
const degenerateSE = 1e-6

// CR2 fits y = Xβ + e by ordinary least squares and tests each coefficient
// with the CR2 ("bias-reduced linearisation", Bell & McCaffrey 2002)
// cluster-robust variance and Satterthwaite degrees of freedom, equal to R's
//
//	clubSandwich::coef_test(lm(y ~ X − 1), vcov = "CR2", cluster = cluster,
//	                        test = "Satterthwaite")
//	clubSandwich::conf_int(…, test = "Satterthwaite")       (95 % interval)
//
// With M = (X'X)⁻¹, residuals e, and Xⱼ, eⱼ the rows of cluster j:
//
//	Hⱼⱼ = Xⱼ M Xⱼ',  Aⱼ = (I − Hⱼⱼ)^(−1/2),  V = M (Σⱼ Xⱼ'Aⱼeⱼeⱼ'AⱼXⱼ) M,
//
// the inverse square root taken by the symmetric eigen-decomposition, with
// eigenvalues ≤ 1e-12 set to 0, as clubSandwich does. For coefficient k
// (c = e_k), with gⱼ = AⱼXⱼMc and hⱼ = Xⱼ'gⱼ, clubSandwich's Satterthwaite df
// (working model Φ = I) is
//
//	ν = (Σⱼ Pⱼⱼ)² / Σᵢⱼ Pᵢⱼ²,  Pᵢⱼ = δᵢⱼ·gⱼ'gⱼ − hᵢ'M hⱼ.
//
// The double sum is taken without the J × J matrix P (or the N × N hat
// matrix): Σᵢⱼ (hᵢ'Mhⱼ)² = tr(M S M S) with S = Σⱼ hⱼhⱼ'; and Aⱼ is applied
// through the p × p eigen-decomposition that has the same spectrum as
// I − Hⱼⱼ (see cr2Work.cluster). Memory is O(max nⱼ·p + p²), time O(N·p²).
//
// Rows with a NaN in y or X are dropped, as lm drops NA rows. A
// coefficient whose CR2 SE is 0 up to rounding (below 1e-6 of its
// model-based SE: it rests on one cluster alone, as the arm does with one
// group per arm) is not computable (ReasonTooFewGroups), where
// clubSandwich prints a meaningless t of 10¹⁶.
func CR2(x *mat.Dense, y []float64, cluster []int64) CR2Result {
	n, p := x.Dims()
	if n != len(y) || n != len(cluster) || p == 0 {
		return CR2Result{Reason: ReasonInvalidInput}
	}
	rowNaN := make([]float64, n)
	for i := range n {
		for _, v := range x.RawRowView(i) {
			if math.IsNaN(v) {
				rowNaN[i] = math.NaN()
			}
		}
	}
	cl, _ := groupRows(cluster, nil, y, rowNaN)
	return cr2(x, y, cl)
}

// cr2 fits over the rows listed in cl (indices into x and y).
func cr2(x *mat.Dense, y []float64, cl clusters) CR2Result {
	_, p := x.Dims()
	res := CR2Result{N: cl.n(), Clusters: len(cl.rows)}
	if res.Clusters < 2 || res.N <= p {
		res.Reason = ReasonTooFewObservations
		return res
	}

	// M = (X'X)⁻¹ and β = M X'y.
	xtx := mat.NewSymDense(p, nil)
	xty := mat.NewVecDense(p, nil)
	for _, rows := range cl.rows {
		for _, i := range rows {
			r := x.RawRowView(i)
			for a := range p {
				xty.SetVec(a, xty.AtVec(a)+r[a]*y[i])
				for b := a; b < p; b++ {
					xtx.SetSym(a, b, xtx.At(a, b)+r[a]*r[b])
				}
			}
		}
	}
	var chol mat.Cholesky
	if !chol.Factorize(xtx) || chol.Cond() > 1e14 {
		res.Reason = ReasonCollinear
		return res
	}
	var m mat.SymDense
	if err := chol.InverseTo(&m); err != nil {
		res.Reason = ReasonCollinear
		return res
	}
	var beta mat.VecDense
	beta.MulVec(&m, xty)

	acc := newCR2Sums(p)
	maxN := 0
	for _, rows := range cl.rows {
		maxN = max(maxN, len(rows))
	}
	w, ok := newCR2Work(maxN, p, &m)
	if !ok {
		res.Reason = ReasonCollinear
		return res
	}
	rss := 0.0
	for _, rows := range cl.rows {
		rss += w.cluster(x, y, rows, &m, &beta, acc)
	}
	res.Coefs = acc.coefs(&m, &beta, rss/float64(res.N-p))
	res.Computable = true
	return res
}

// cr2Sums accumulates the meat and the Satterthwaite sums over clusters.
type cr2Sums struct {
	p    int
	meat *mat.SymDense // Σⱼ uⱼuⱼ', uⱼ = Xⱼ'Aⱼeⱼ
	// Per coefficient k: Σⱼ Pⱼⱼ, Σⱼ aⱼ², Σⱼ aⱼqⱼⱼ and S = Σⱼ hⱼhⱼ', where
	// aⱼ = gⱼ'gⱼ and qⱼⱼ = hⱼ'Mhⱼ.
	trace, a2, aq []float64
	s             []*mat.SymDense
}

func newCR2Sums(p int) *cr2Sums {
	c := &cr2Sums{p: p, meat: mat.NewSymDense(p, nil),
		trace: make([]float64, p), a2: make([]float64, p), aq: make([]float64, p)}
	for range p {
		c.s = append(c.s, mat.NewSymDense(p, nil))
	}
	return c
}

// cr2Work is scratch space reused across clusters (sized for the largest).
type cr2Work struct {
	l                   *mat.TriDense // M = L·L'
	z, zl, qz, q, az, g []float64
	gram                *mat.SymDense
	eig                 mat.EigenSym
	w                   mat.Dense
	f                   *mat.Dense
	u, mh               *mat.VecDense
}

func newCR2Work(maxN, p int, m *mat.SymDense) (*cr2Work, bool) {
	var chol mat.Cholesky
	if !chol.Factorize(m) {
		return nil, false
	}
	w := &cr2Work{
		l: mat.NewTriDense(p, mat.Lower, nil),
		z: make([]float64, maxN*(p+1)), zl: make([]float64, maxN*p), qz: make([]float64, p*(p+1)),
		q: make([]float64, maxN*p), az: make([]float64, maxN*(p+1)), g: make([]float64, maxN*p),
		gram: mat.NewSymDense(p, nil), f: mat.NewDense(p, p, nil),
		u: mat.NewVecDense(p, nil), mh: mat.NewVecDense(p, nil),
	}
	chol.LTo(w.l)
	return w, true
}

// cluster adds one cluster's terms to acc and returns its residual sum of
// squares.
//
// Aⱼ = (I − Hⱼⱼ)^(−1/2) is applied without forming the nⱼ × nⱼ matrices:
// with M = LL' and Hⱼⱼ = (XⱼL)(XⱼL)', the eigen-decomposition of the p × p
// matrix (XⱼL)'(XⱼL) = WΛW' gives Hⱼⱼ = Σₖ λₖuₖuₖ' with uₖ = XⱼLwₖ/√λₖ, so
// I − Hⱼⱼ has eigenvalues 1 − λₖ on the uₖ and 1 elsewhere, and
//
//	Aⱼ = I + Σₖ dₖ·(XⱼLwₖ)(XⱼLwₖ)',  dₖ = ((1 − λₖ)^(−1/2) − 1)/λₖ,
//
// with dₖ = −1/λₖ (the direction removed) where 1 − λₖ ≤ 1e-12, as
// clubSandwich's eigenvalue cut-off does. The same spectrum as R's nⱼ × nⱼ
// decomposition, at O(nⱼp²) instead of O(nⱼ³).
func (w *cr2Work) cluster(x *mat.Dense, y []float64, rows []int, m *mat.SymDense, beta *mat.VecDense, acc *cr2Sums) float64 {
	nj, p := len(rows), acc.p
	// Z = [Xⱼ | eⱼ]: the cluster's rows and residuals side by side, so one
	// pass applies Aⱼ to both.
	z := mat.NewDense(nj, p+1, w.z[:nj*(p+1)])
	rss := 0.0
	for r, i := range rows {
		xr := x.RawRowView(i)
		e := y[i]
		for a := range p {
			z.Set(r, a, xr[a])
			e -= xr[a] * beta.AtVec(a)
		}
		z.Set(r, p, e)
		rss += e * e
	}
	xj := z.Slice(0, nj, 0, p)

	zl := mat.NewDense(nj, p, w.zl[:nj*p])
	zl.Mul(xj, w.l)
	w.gram.SymOuterK(1, zl.T())
	if !w.eig.Factorize(w.gram, true) {
		// EigenSym fails only on NaN/Inf input, which groupRows has dropped.
		panic("analysis: eigen-decomposition of (XⱼL)'(XⱼL) failed")
	}
	w.w.Reset()
	w.eig.VectorsTo(&w.w)
	q := mat.NewDense(nj, p, w.q[:nj*p])
	q.Mul(zl, &w.w)
	// AⱼZ = Z + Q·diag(d)·(Q'Z).
	qz := mat.NewDense(p, p+1, w.qz)
	qz.Mul(q.T(), z)
	for k, l := range w.eig.RawValues() {
		d := 0.5 // the limit of dₖ at λₖ = 0, where the column of Q is 0 anyway
		switch {
		case 1-l <= eigenTolerance:
			d = -1 / l
		case l != 0:
			d = math.Expm1(-0.5*math.Log1p(-l)) / l // accurate for small λₖ too
		}
		for c := 0; c <= p; c++ {
			qz.Set(k, c, qz.At(k, c)*d)
		}
	}
	az := mat.NewDense(nj, p+1, w.az[:nj*(p+1)])
	az.Mul(q, qz)
	az.Add(az, z)

	// uⱼ = Xⱼ'Aⱼeⱼ into the meat.
	w.u.MulVec(xj.T(), az.ColView(p))
	acc.meat.SymRankOne(acc.meat, 1, w.u)

	// G = AⱼXⱼM (column k is gⱼ for coefficient k), F = Xⱼ'G (column k is hⱼ).
	g := mat.NewDense(nj, p, w.g[:nj*p])
	g.Mul(az.Slice(0, nj, 0, p), m)
	w.f.Mul(xj.T(), g)
	for k := range p {
		a := 0.0
		for r := range nj {
			v := g.At(r, k)
			a += v * v
		}
		h := w.f.ColView(k)
		w.mh.MulVec(m, h)
		qk := mat.Dot(h, w.mh)
		acc.trace[k] += a - qk
		acc.a2[k] += a * a
		acc.aq[k] += a * qk
		acc.s[k].SymRankOne(acc.s[k], 1, h)
	}
	return rss
}

// coefs finishes the fit: V = M·meat·M, SEs, Satterthwaite df, tests.
func (acc *cr2Sums) coefs(m *mat.SymDense, beta *mat.VecDense, sigma2 float64) []CR2Coef {
	p := acc.p
	var mm, v mat.Dense
	mm.Mul(m, acc.meat)
	v.Mul(&mm, m)
	out := make([]CR2Coef, p)
	nan := math.NaN()
	for k := range p {
		c := CR2Coef{Estimate: beta.AtVec(k), SE: nan, DF: nan, T: nan, P: nan, CILow: nan, CIHigh: nan}
		se := math.Sqrt(v.At(k, k))
		model := math.Sqrt(sigma2 * m.At(k, k))
		// Σᵢⱼ Pᵢⱼ² = Σⱼ aⱼ² − 2Σⱼ aⱼqⱼⱼ + tr(M S M S).
		var ms mat.Dense
		ms.Mul(m, acc.s[k])
		tr := 0.0
		for a := range p {
			for b := range p {
				tr += ms.At(a, b) * ms.At(b, a)
			}
		}
		df := acc.trace[k] * acc.trace[k] / (acc.a2[k] - 2*acc.aq[k] + tr)
		switch {
		case !(model > 0):
			c.Reason = ReasonNoVariation
		case !(se > degenerateSE*model) || !(df > 0) || math.IsInf(df, 0):
			c.Reason = ReasonTooFewGroups
		default:
			c.SE, c.DF = se, df
			c.T = c.Estimate / se
			dist := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: df}
			c.P = 2 * dist.CDF(-math.Abs(c.T))
			q := dist.Quantile(0.975)
			c.CILow, c.CIHigh = c.Estimate-q*se, c.Estimate+q*se
			c.Computable = true
		}
		out[k] = c
	}
	return out
}
