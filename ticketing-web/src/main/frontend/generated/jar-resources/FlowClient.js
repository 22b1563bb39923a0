export function init() {
function client(){var Jb='',Kb=0,Lb='gwt.codesvr=',Mb='gwt.hosted=',Nb='gwt.hybrid',Ob='client',Pb='#',Qb='?',Rb='/',Sb=1,Tb='img',Ub='clear.cache.gif',Vb='baseUrl',Wb='script',Xb='client.nocache.js',Yb='base',Zb='//',$b='meta',_b='name',ac='gwt:property',bc='content',cc='=',dc='gwt:onPropertyErrorFn',ec='Bad handler "',fc='" for "gwt:onPropertyErrorFn"',gc='gwt:onLoadErrorFn',hc='" for "gwt:onLoadErrorFn"',ic='user.agent',jc='webkit',kc='safari',lc='msie',mc=10,nc=11,oc='ie10',pc=9,qc='ie9',rc=8,sc='ie8',tc='gecko',uc='gecko1_8',vc=2,wc=3,xc=4,yc='Single-script hosted mode not yet implemented. See issue ',zc='http://code.google.com/p/google-web-toolkit/issues/detail?id=2079',Ac='6C961E1A6F45AA5C734A174D4981649C',Bc=':1',Cc=':',Dc='DOMContentLoaded',Ec=50;var l=Jb,m=Kb,n=Lb,o=Mb,p=Nb,q=Ob,r=Pb,s=Qb,t=Rb,u=Sb,v=Tb,w=Ub,A=Vb,B=Wb,C=Xb,D=Yb,F=Zb,G=$b,H=_b,I=ac,J=bc,K=cc,L=dc,M=ec,N=fc,O=gc,P=hc,Q=ic,R=jc,S=kc,T=lc,U=mc,V=nc,W=oc,X=pc,Y=qc,Z=rc,$=sc,_=tc,ab=uc,bb=vc,cb=wc,db=xc,eb=yc,fb=zc,gb=Ac,hb=Bc,ib=Cc,jb=Dc,kb=Ec;var lb=window,mb=document,nb,ob,pb=l,qb={},rb=[],sb=[],tb=[],ub=m,vb,wb;if(!lb.__gwt_stylesLoaded){lb.__gwt_stylesLoaded={}}if(!lb.__gwt_scriptsLoaded){lb.__gwt_scriptsLoaded={}}function xb(){var b=false;try{var c=lb.location.search;return (c.indexOf(n)!=-1||(c.indexOf(o)!=-1||lb.external&&lb.external.gwtOnLoad))&&c.indexOf(p)==-1}catch(a){}xb=function(){return b};return b}
function yb(){if(nb&&ob){nb(vb,q,pb,ub)}}
function zb(){function e(a){var b=a.lastIndexOf(r);if(b==-1){b=a.length}var c=a.indexOf(s);if(c==-1){c=a.length}var d=a.lastIndexOf(t,Math.min(c,b));return d>=m?a.substring(m,d+u):l}
function f(a){if(a.match(/^\w+:\/\//)){}else{var b=mb.createElement(v);b.src=a+w;a=e(b.src)}return a}
function g(){var a=Cb(A);if(a!=null){return a}return l}
function h(){var a=mb.getElementsByTagName(B);for(var b=m;b<a.length;++b){if(a[b].src.indexOf(C)!=-1){return e(a[b].src)}}return l}
function i(){var a=mb.getElementsByTagName(D);if(a.length>m){return a[a.length-u].href}return l}
function j(){var a=mb.location;return a.href==a.protocol+F+a.host+a.pathname+a.search+a.hash}
var k=g();if(k==l){k=h()}if(k==l){k=i()}if(k==l&&j()){k=e(mb.location.href)}k=f(k);return k}
function Ab(){var b=document.getElementsByTagName(G);for(var c=m,d=b.length;c<d;++c){var e=b[c],f=e.getAttribute(H),g;if(f){if(f==I){g=e.getAttribute(J);if(g){var h,i=g.indexOf(K);if(i>=m){f=g.substring(m,i);h=g.substring(i+u)}else{f=g;h=l}qb[f]=h}}else if(f==L){g=e.getAttribute(J);if(g){try{wb=eval(g)}catch(a){alert(M+g+N)}}}else if(f==O){g=e.getAttribute(J);if(g){try{vb=eval(g)}catch(a){alert(M+g+P)}}}}}}
var Bb=function(a,b){return b in rb[a]};var Cb=function(a){var b=qb[a];return b==null?null:b};function Db(a,b){var c=tb;for(var d=m,e=a.length-u;d<e;++d){c=c[a[d]]||(c[a[d]]=[])}c[a[e]]=b}
function Eb(a){var b=sb[a](),c=rb[a];if(b in c){return b}var d=[];for(var e in c){d[c[e]]=e}if(wb){wb(a,d,b)}throw null}
sb[Q]=function(){var a=navigator.userAgent.toLowerCase();var b=mb.documentMode;if(function(){return a.indexOf(R)!=-1}())return S;if(function(){return a.indexOf(T)!=-1&&(b>=U&&b<V)}())return W;if(function(){return a.indexOf(T)!=-1&&(b>=X&&b<V)}())return Y;if(function(){return a.indexOf(T)!=-1&&(b>=Z&&b<V)}())return $;if(function(){return a.indexOf(_)!=-1||b>=V}())return ab;return S};rb[Q]={'gecko1_8':m,'ie10':u,'ie8':bb,'ie9':cb,'safari':db};client.onScriptLoad=function(a){client=null;nb=a;yb()};if(xb()){alert(eb+fb);return}zb();Ab();try{var Fb;Db([ab],gb);Db([S],gb+hb);Fb=tb[Eb(Q)];var Gb=Fb.indexOf(ib);if(Gb!=-1){ub=Number(Fb.substring(Gb+u))}}catch(a){return}var Hb;function Ib(){if(!ob){ob=true;yb();if(mb.removeEventListener){mb.removeEventListener(jb,Ib,false)}if(Hb){clearInterval(Hb)}}}
if(mb.addEventListener){mb.addEventListener(jb,function(){Ib()},false)}var Hb=setInterval(function(){if(/loaded|complete/.test(mb.readyState)){Ib()}},kb)}
client();(function () {var $gwt_version = "2.9.0";var $wnd = window;var $doc = $wnd.document;var $moduleName, $moduleBase;var $stats = $wnd.__gwtStatsEvent ? function(a) {$wnd.__gwtStatsEvent(a)} : null;var $strongName = '6C961E1A6F45AA5C734A174D4981649C';function I(){}
function Ij(){}
function dj(){}
function jj(){}
function Wj(){}
function $j(){}
function _i(){}
function nc(){}
function uc(){}
function Hk(){}
function Jk(){}
function Lk(){}
function Lm(){}
function Nm(){}
function Pm(){}
function gl(){}
function ll(){}
function ql(){}
function sl(){}
function Cl(){}
function mn(){}
function on(){}
function po(){}
function Go(){}
function Gt(){}
function Ct(){}
function Jt(){}
function pq(){}
function vr(){}
function xr(){}
function zr(){}
function Br(){}
function $r(){}
function cs(){}
function cu(){}
function Nu(){}
function Gv(){}
function Kv(){}
function Zv(){}
function gw(){}
function Rx(){}
function sy(){}
function uy(){}
function rz(){}
function vz(){}
function AA(){}
function iB(){}
function qC(){}
function SC(){}
function hE(){}
function hH(){}
function dH(){}
function fH(){}
function yH(){}
function NF(){}
function UG(){}
function gA(){dA()}
function T(a){S=a;Jb()}
function mk(a){throw a}
function mu(a,b){a.b=b}
function yj(a,b){a.c=b}
function zj(a,b){a.d=b}
function Aj(a,b){a.e=b}
function Cj(a,b){a.g=b}
function Dj(a,b){a.h=b}
function Ej(a,b){a.i=b}
function Fj(a,b){a.j=b}
function Gj(a,b){a.k=b}
function Hj(a,b){a.l=b}
function xH(a,b){a.a=b}
function bc(a){this.a=a}
function dc(a){this.a=a}
function Yj(a){this.a=a}
function rk(a){this.a=a}
function tk(a){this.a=a}
function Nk(a){this.a=a}
function el(a){this.a=a}
function jl(a){this.a=a}
function ol(a){this.a=a}
function wl(a){this.a=a}
function yl(a){this.a=a}
function Al(a){this.a=a}
function El(a){this.a=a}
function Gl(a){this.a=a}
function jm(a){this.a=a}
function Rm(a){this.a=a}
function Vm(a){this.a=a}
function fn(a){this.a=a}
function rn(a){this.a=a}
function Qn(a){this.a=a}
function Tn(a){this.a=a}
function Un(a){this.a=a}
function $n(a){this.a=a}
function no(a){this.a=a}
function so(a){this.a=a}
function vo(a){this.a=a}
function xo(a){this.a=a}
function zo(a){this.a=a}
function Bo(a){this.a=a}
function Do(a){this.a=a}
function Ho(a){this.a=a}
function No(a){this.a=a}
function fp(a){this.a=a}
function wp(a){this.a=a}
function $p(a){this.a=a}
function nq(a){this.a=a}
function rq(a){this.a=a}
function tq(a){this.a=a}
function fq(a){this.b=a}
function ar(a){this.a=a}
function cr(a){this.a=a}
function er(a){this.a=a}
function nr(a){this.a=a}
function qr(a){this.a=a}
function es(a){this.a=a}
function ls(a){this.a=a}
function ns(a){this.a=a}
function ps(a){this.a=a}
function Js(a){this.a=a}
function Os(a){this.a=a}
function Xs(a){this.a=a}
function dt(a){this.a=a}
function ft(a){this.a=a}
function ht(a){this.a=a}
function jt(a){this.a=a}
function lt(a){this.a=a}
function mt(a){this.a=a}
function qt(a){this.a=a}
function At(a){this.a=a}
function Tt(a){this.a=a}
function au(a){this.a=a}
function eu(a){this.a=a}
function qu(a){this.a=a}
function su(a){this.a=a}
function Fu(a){this.a=a}
function Lu(a){this.a=a}
function nu(a){this.c=a}
function ev(a){this.a=a}
function iv(a){this.a=a}
function Iv(a){this.a=a}
function mw(a){this.a=a}
function qw(a){this.a=a}
function uw(a){this.a=a}
function ww(a){this.a=a}
function yw(a){this.a=a}
function Dw(a){this.a=a}
function yy(a){this.a=a}
function Ay(a){this.a=a}
function Ny(a){this.a=a}
function Ry(a){this.a=a}
function Vy(a){this.a=a}
function Xy(a){this.a=a}
function xy(a){this.b=a}
function xz(a){this.a=a}
function tz(a){this.a=a}
function zz(a){this.a=a}
function Dz(a){this.a=a}
function Jz(a){this.a=a}
function Nz(a){this.a=a}
function Pz(a){this.a=a}
function Rz(a){this.a=a}
function Tz(a){this.a=a}
function $z(a){this.a=a}
function aA(a){this.a=a}
function rA(a){this.a=a}
function uA(a){this.a=a}
function CA(a){this.a=a}
function EA(a){this.e=a}
function gB(a){this.a=a}
function kB(a){this.a=a}
function mB(a){this.a=a}
function JB(a){this.a=a}
function ZB(a){this.a=a}
function _B(a){this.a=a}
function bC(a){this.a=a}
function mC(a){this.a=a}
function oC(a){this.a=a}
function EC(a){this.a=a}
function YC(a){this.a=a}
function dE(a){this.a=a}
function fE(a){this.a=a}
function iE(a){this.a=a}
function ZE(a){this.a=a}
function BH(a){this.a=a}
function XF(a){this.b=a}
function jG(a){this.c=a}
function R(){this.a=xb()}
function uj(){this.a=++tj}
function ej(){np();rp()}
function np(){np=_i;mp=[]}
function Si(a){return a.e}
function SA(a,b){zv(b,a)}
function sx(a,b){Nx(b,a)}
function xx(a,b){Mx(b,a)}
function Cx(a,b){ox(b,a)}
function bv(a,b){b.jb(a)}
function RD(b,a){b.log(a)}
function SD(b,a){b.warn(a)}
function LD(b,a){b.data=a}
function pt(a,b){ss(b.a,a)}
function wt(a,b){NC(a.a,b)}
function BC(a){_A(a.a,a.b)}
function Yb(a){return a.C()}
function Km(a){return pm(a)}
function hc(a){gc();fc.F(a)}
function Fr(a){a.i||Gr(a.a)}
function Fp(a,b){a.push(b)}
function Z(a,b){a.e=b;W(a,b)}
function Bj(a,b){a.f=b;ik=!b}
function PD(b,a){b.debug(a)}
function QD(b,a){b.error(a)}
function am(a,b,c){Xl(a,c,b)}
function aB(a,b,c){a.Rb(c,b)}
function kb(){ab.call(this)}
function oE(){ab.call(this)}
function mE(){kb.call(this)}
function eF(){kb.call(this)}
function qG(){kb.call(this)}
function dA(){dA=_i;cA=pA()}
function pb(){pb=_i;ob=new I}
function Qb(){Qb=_i;Pb=new Go}
function Xt(){Xt=_i;Wt=new cu}
function JA(){JA=_i;IA=new iB}
function ok(a){S=a;!!a&&Jb()}
function bm(a,b){a.a.add(b.d)}
function Im(a,b,c){a.set(b,c)}
function iy(a,b){b.forEach(a)}
function FD(b,a){b.display=a}
function al(a){Tk();this.a=a}
function xG(a){uG();this.a=a}
function dB(a){cB.call(this,a)}
function GB(a){cB.call(this,a)}
function WB(a){cB.call(this,a)}
function kE(a){lb.call(this,a)}
function XE(a){lb.call(this,a)}
function YE(a){lb.call(this,a)}
function gF(a){lb.call(this,a)}
function fF(a){nb.call(this,a)}
function iF(a){XE.call(this,a)}
function JF(a){kE.call(this,a)}
function lE(a){kE.call(this,a)}
function PF(a){lb.call(this,a)}
function GF(){iE.call(this,'')}
function HF(){iE.call(this,'')}
function Vi(){Ti==null&&(Ti=[])}
function Db(){Db=_i;!!(gc(),fc)}
function LF(){LF=_i;KF=new hE}
function yE(a){xE(a);return a.i}
function bE(b,a){return a in b}
function tE(a){return KH(a),a}
function UE(a){return KH(a),a}
function Q(a){return xb()-a.a}
function aE(a){return Object(a)}
function Wc(a,b){return $c(a,b)}
function xc(a,b){return GE(a,b)}
function Zq(a,b){return a.a>b.a}
function MF(a){return Ic(a,5).e}
function Vz(a){Ex(a.b,a.a,a.c)}
function NG(a,b,c){b.hb(a.a[c])}
function sH(a,b,c){b.hb(MF(c))}
function cy(a,b,c){kC(Tx(a,c,b))}
function CG(a,b){while(a.jc(b));}
function Dm(a,b){wC(new dn(b,a))}
function vx(a,b){wC(new Ty(b,a))}
function wx(a,b){wC(new Zy(b,a))}
function $k(a,b){++Sk;b.db(a,Pk)}
function Dn(a,b){a.d?Fn(b):bl()}
function Qu(a,b){a.c.forEach(b)}
function iC(a,b){a.e||a.c.add(b)}
function mH(a,b){iH(a);a.a.ic(b)}
function cH(a,b){Ic(a,104).ac(b)}
function fy(a,b){return Jl(a.b,b)}
function hy(a,b){return Il(a.b,b)}
function My(a,b){return ey(a.a,b)}
function KA(a,b){return YA(a.a,b)}
function wB(a,b){return YA(a.a,b)}
function LB(a,b){return YA(a.a,b)}
function Ax(a,b){return ax(b.a,a)}
function fj(b,a){return b.exec(a)}
function Ub(a){return !!a.b||!!a.g}
function NA(a){bB(a.a);return a.h}
function RA(a){bB(a.a);return a.c}
function Pw(b,a){Iw();delete b[a]}
function Ul(a,b){return Nc(a.b[b])}
function ul(a,b){this.a=a;this.b=b}
function Ql(a,b){this.a=a;this.b=b}
function Sl(a,b){this.a=a;this.b=b}
function fm(a,b){this.a=a;this.b=b}
function hm(a,b){this.a=a;this.b=b}
function Xm(a,b){this.a=a;this.b=b}
function Zm(a,b){this.a=a;this.b=b}
function _m(a,b){this.a=a;this.b=b}
function bn(a,b){this.a=a;this.b=b}
function dn(a,b){this.a=a;this.b=b}
function Xn(a,b){this.a=a;this.b=b}
function ak(a,b){this.b=a;this.a=b}
function ao(a,b){this.b=a;this.a=b}
function co(a,b){this.b=a;this.a=b}
function Tm(a,b){this.b=a;this.a=b}
function Dr(a,b){this.b=a;this.a=b}
function Ro(a,b){this.b=a;this.c=b}
function hs(a,b){this.a=a;this.b=b}
function js(a,b){this.a=a;this.b=b}
function Ks(a,b){this.a=a;this.b=b}
function Hu(a,b){this.a=a;this.b=b}
function Ju(a,b){this.a=a;this.b=b}
function cv(a,b){this.a=a;this.b=b}
function gv(a,b){this.a=a;this.b=b}
function kv(a,b){this.a=a;this.b=b}
function ow(a,b){this.a=a;this.b=b}
function tu(a,b){this.b=a;this.a=b}
function Cy(a,b){this.b=a;this.a=b}
function Ey(a,b){this.b=a;this.a=b}
function Ky(a,b){this.b=a;this.a=b}
function Ty(a,b){this.b=a;this.a=b}
function Zy(a,b){this.b=a;this.a=b}
function fz(a,b){this.a=a;this.b=b}
function jz(a,b){this.a=a;this.b=b}
function lz(a,b){this.a=a;this.b=b}
function nz(a,b){this.a=a;this.b=b}
function Fz(a,b){this.b=a;this.a=b}
function Hz(a,b){this.a=a;this.b=b}
function Yz(a,b){this.a=a;this.b=b}
function kA(a,b){this.a=a;this.b=b}
function mA(a,b){this.b=a;this.a=b}
function _o(a,b){Ro.call(this,a,b)}
function lq(a,b){Ro.call(this,a,b)}
function QE(){lb.call(this,null)}
function Ob(){yb!=0&&(yb=0);Cb=-1}
function xu(){this.a=new $wnd.Map}
function RC(){this.c=new $wnd.Map}
function dC(a,b){this.a=a;this.b=b}
function CC(a,b){this.a=a;this.b=b}
function FC(a,b){this.a=a;this.b=b}
function oB(a,b){this.a=a;this.b=b}
function bH(a,b){this.a=a;this.b=b}
function vH(a,b){this.a=a;this.b=b}
function vB(a,b){this.d=a;this.e=b}
function CH(a,b){this.b=a;this.a=b}
function oD(a,b){Ro.call(this,a,b)}
function wD(a,b){Ro.call(this,a,b)}
function _G(a,b){Ro.call(this,a,b)}
function Hq(a,b){zq(a,(Yq(),Wq),b)}
function Nt(a,b,c,d){Mt(a,b.d,c,d)}
function ux(a,b,c){Kx(a,b);jx(c.e)}
function EH(a,b,c){a.splice(b,0,c)}
function ep(a,b){return cp(b,dp(a))}
function Yc(a){return typeof a===aI}
function VE(a){return ad((KH(a),a))}
function xF(a,b){return a.substr(b)}
function fA(a,b){lC(b);cA.delete(a)}
function UD(b,a){b.clearTimeout(a)}
function Nb(a){$wnd.clearTimeout(a)}
function lj(a){$wnd.clearTimeout(a)}
function TD(b,a){b.clearInterval(a)}
function oA(a){a.length=0;return a}
function DF(a,b){a.a+=''+b;return a}
function EF(a,b){a.a+=''+b;return a}
function FF(a,b){a.a+=''+b;return a}
function bd(a){NH(a==null);return a}
function qH(a,b,c){cH(b,c);return b}
function Oq(a,b){zq(a,(Yq(),Xq),b.a)}
function _l(a,b){return a.a.has(b.d)}
function _D(a){return a&&a.valueOf()}
function $D(a){return a&&a.valueOf()}
function qF(a,b){return a.indexOf(b)}
function H(a,b){return _c(a)===_c(b)}
function sG(a){return a!=null?O(a):0}
function _c(a){return a==null?null:a}
function uG(){uG=_i;tG=new xG(null)}
function _v(){_v=_i;$v=new $wnd.Map}
function Iw(){Iw=_i;Hw=new $wnd.Map}
function sE(){sE=_i;qE=false;rE=true}
function kj(a){$wnd.clearInterval(a)}
function U(a){a.h=zc(ki,dI,30,0,0,1)}
function jk(a){ik&&PD($wnd.console,a)}
function lk(a){ik&&QD($wnd.console,a)}
function pk(a){ik&&RD($wnd.console,a)}
function qk(a){ik&&SD($wnd.console,a)}
function fo(a){ik&&QD($wnd.console,a)}
function lr(a){this.a=a;jj.call(this)}
function as(a){this.a=a;jj.call(this)}
function Vs(a){this.a=a;jj.call(this)}
function zt(a){this.a=new RC;this.c=a}
function UH(){UH=_i;RH=new I;TH=new I}
function pA(){return new $wnd.WeakMap}
function _A(a,b){return a.a.delete(b)}
function Vu(a,b){return a.h.delete(b)}
function Xu(a,b){return a.b.delete(b)}
function dy(a,b,c){return Tx(a,c.a,b)}
function AH(a,b,c){return qH(a.a,b,c)}
function rH(a,b,c){xH(a,AH(b,a.a,c))}
function zx(a,b){var c;c=ax(b,a);kC(c)}
function gy(a,b){return vm(a.b.root,b)}
function CF(a){return a==null?gI:cj(a)}
function Ir(a){return aJ in a?a[aJ]:-1}
function IF(a){iE.call(this,(KH(a),a))}
function Dq(a){!!a.b&&Mq(a,(Yq(),Vq))}
function Rq(a){!!a.b&&Mq(a,(Yq(),Xq))}
function Xk(a){Fo((Qb(),Pb),new Al(a))}
function vp(a){Fo((Qb(),Pb),new wp(a))}
function Kp(a){Fo((Qb(),Pb),new $p(a))}
function Qr(a){Fo((Qb(),Pb),new ps(a))}
function ky(a){Fo((Qb(),Pb),new Tz(a))}
function HH(a){if(!a){throw Si(new mE)}}
function NH(a){if(!a){throw Si(new QE)}}
function IH(a){if(!a){throw Si(new qG)}}
function ws(a){if(a.f){gj(a.f);a.f=null}}
function yB(a,b){bB(a.a);a.c.forEach(b)}
function MB(a,b){bB(a.a);a.b.forEach(b)}
function Qs(a,b){b.a.b==($o(),Zo)&&Ss(a)}
function Sc(a,b){return a!=null&&Hc(a,b)}
function wG(a,b){return a.a!=null?a.a:b}
function ID(a,b){return a.appendChild(b)}
function JD(b,a){return b.appendChild(a)}
function rF(a,b,c){return a.indexOf(b,c)}
function sF(a,b){return a.lastIndexOf(b)}
function QH(a){return a.$H||(a.$H=++PH)}
function kn(a){return ''+ln(hn.mb()-a,3)}
function Uc(a){return typeof a==='number'}
function Xc(a){return typeof a==='string'}
function tb(a){return a==null?null:a.name}
function xE(a){if(a.i!=null){return}KE(a)}
function jC(a){if(a.d||a.e){return}hC(a)}
function Ss(a){if(a.a){gj(a.a);a.a=null}}
function zB(a){bB(a.a);return a.c.length}
function cl(a,b,c){Tk();return a.set(c,b)}
function yF(a,b,c){return a.substr(b,c-b)}
function HD(a,b,c,d){return zD(a,b,c,d)}
function GD(d,a,b,c){d.setProperty(a,b,c)}
function bB(a){var b;b=sC;!!b&&fC(b,a.b)}
function dG(){this.a=zc(ii,dI,1,0,5,1)}
function ab(){U(this);V(this);this.A()}
function qB(a,b){EA.call(this,a);this.a=b}
function pH(a,b){kH.call(this,a);this.a=b}
function Wl(){this.a=new $wnd.Map;this.b=[]}
function Jc(a){NH(a==null||Tc(a));return a}
function Kc(a){NH(a==null||Uc(a));return a}
function Lc(a){NH(a==null||Yc(a));return a}
function Pc(a){NH(a==null||Xc(a));return a}
function wC(a){tC==null&&(tC=[]);tC.push(a)}
function xC(a){vC==null&&(vC=[]);vC.push(a)}
function dl(a){Tk();Sk==0?a.D():Rk.push(a)}
function kc(a){gc();return parseInt(a)||-1}
function MD(b,a){return b.createElement(a)}
function uE(a,b){return KH(a),_c(a)===_c(b)}
function oF(a,b){return KH(a),_c(a)===_c(b)}
function $c(a,b){return a&&b&&a instanceof b}
function Tc(a){return typeof a==='boolean'}
function Qo(a){return a.b!=null?a.b:''+a.c}
function sb(a){return a==null?null:a.message}
function Eb(a,b,c){return a.apply(b,c);var d}
function tF(a,b,c){return a.lastIndexOf(b,c)}
function oj(a,b){return $wnd.setInterval(a,b)}
function pj(a,b){return $wnd.setTimeout(a,b)}
function cB(a){this.a=new $wnd.Set;this.b=a}
function aq(a,b,c){this.a=a;this.c=b;this.b=c}
function $q(a,b,c){Ro.call(this,a,b);this.a=c}
function ct(a,b,c){a.set(c,(bB(b.a),Pc(b.h)))}
function tr(a,b,c){a.hb(bF(OA(Ic(c.e,17),b)))}
function ho(a,b){io(a,b,Ic(vk(a.a,td),7).j)}
function Pr(a,b){yu(Ic(vk(a.i,Zf),84),b[cJ])}
function gr(a,b){b.a.b==($o(),Zo)&&jr(a,-1)}
function Xb(a,b){a.b=Zb(a.b,[b,false]);Vb(a)}
function iw(a){a.c?TD($wnd,a.d):UD($wnd,a.d)}
function dF(){dF=_i;cF=zc(di,dI,26,256,0,1)}
function Tk(){Tk=_i;Rk=[];Pk=new gl;Qk=new ll}
function Lo(){this.b=($o(),Xo);this.a=new RC}
function Iy(a,b,c){this.b=a;this.c=b;this.a=c}
function Lz(a,b,c){this.b=a;this.c=b;this.a=c}
function pz(a,b,c){this.c=a;this.b=b;this.a=c}
function Gy(a,b,c){this.c=a;this.b=b;this.a=c}
function Py(a,b,c){this.a=a;this.b=b;this.c=c}
function _y(a,b,c){this.a=a;this.b=b;this.c=c}
function bz(a,b,c){this.a=a;this.b=b;this.c=c}
function dz(a,b,c){this.a=a;this.b=b;this.c=c}
function Bz(a,b,c){this.b=a;this.a=b;this.c=c}
function Wz(a,b,c){this.b=a;this.a=b;this.c=c}
function Fw(a,b,c){this.b=a;this.a=b;this.c=c}
function cw(a,b,c){this.c=a;this.d=b;this.j=c}
function zk(a,b,c){yk(a,b,c.cb());a.b.set(b,c)}
function KD(c,a,b){return c.insertBefore(a,b)}
function ED(b,a){return b.getPropertyValue(a)}
function mj(a,b){return YH(function(){a.I(b)})}
function Aw(a,b){return Bw(new Dw(a),b,19,true)}
function Ou(a,b){a.b.add(b);return new kv(a,b)}
function Pu(a,b){a.h.add(b);return new gv(a,b)}
function Gs(a,b){$wnd.navigator.sendBeacon(a,b)}
function $F(a,b){a.a[a.a.length]=b;return true}
function _F(a,b){JH(b,a.a.length);return a.a[b]}
function Ic(a,b){NH(a==null||Hc(a,b));return a}
function Oc(a,b){NH(a==null||$c(a,b));return a}
function XD(a){if(a==null){return 0}return +a}
function EE(a,b){var c;c=BE(a,b);c.e=2;return c}
function Ms(a,b){var c;c=ad(UE(Kc(b.a)));Rs(a,c)}
function em(a,b,c){return a.set(c,(bB(b.a),b.h))}
function qp(a){return $wnd.Vaadin.Flow.getApp(a)}
function lC(a){a.e=true;hC(a);a.c.clear();gC(a)}
function UA(a,b){a.d=true;LA(a,b);xC(new kB(a))}
function KC(a,b){a.a==null&&(a.a=[]);a.a.push(b)}
function MC(a,b,c,d){var e;e=OC(a,b,c);e.push(d)}
function CD(a,b,c,d){a.removeEventListener(b,c,d)}
function DD(b,a){return b.getPropertyPriority(a)}
function Bc(a){return Array.isArray(a)&&a.mc===dj}
function Rc(a){return !Array.isArray(a)&&a.mc===dj}
function Vc(a){return a!=null&&Zc(a)&&!(a.mc===dj)}
function oG(a){return new pH(null,nG(a,a.length))}
function Zc(a){return typeof a===ZH||typeof a===aI}
function qj(a){a.onreadystatechange=function(){}}
function wk(a,b,c){a.a.delete(c);a.a.set(c,b.cb())}
function ov(a,b){var c;c=b;return Ic(a.a.get(c),6)}
function Tq(a,b){this.a=a;this.b=b;jj.call(this)}
function Hs(a,b){this.a=a;this.b=b;jj.call(this)}
function ku(a,b){this.a=a;this.b=b;jj.call(this)}
function lb(a){U(this);this.g=a;V(this);this.A()}
function _t(a){Xt();this.c=[];this.a=Wt;this.d=a}
function _k(a){++Sk;Dn(Ic(vk(a.a,te),60),new sl)}
function nG(a,b){return DG(b,a.length),new OG(a,b)}
function Fm(a,b,c){return a.push(KA(c,new bn(c,b)))}
function AG(a){uG();return a==null?tG:new xG(KH(a))}
function Jb(){Db();if(zb){return}zb=true;Kb(false)}
function iH(a){if(!a.b){jH(a);a.c=true}else{iH(a.b)}}
function XH(){if(SH==256){RH=TH;TH=new I;SH=0}++SH}
function KH(a){if(a==null){throw Si(new eF)}return a}
function Mc(a){NH(a==null||Array.isArray(a));return a}
function Cc(a,b,c){HH(c==null||wc(a,c));return a[b]=c}
function CE(a,b,c){var d;d=BE(a,b);OE(c,d);return d}
function BE(a,b){var c;c=new zE;c.f=a;c.d=b;return c}
function Zb(a,b){!a&&(a=[]);a[a.length]=b;return a}
function sB(a,b,c){EA.call(this,a);this.b=b;this.a=c}
function dm(a){this.a=new $wnd.Set;this.b=[];this.c=a}
function hx(a){var b;b=new $wnd.Map;a.push(b);return b}
function jx(a){var b;b=a.a;Yu(a,null);Yu(a,b);Yv(a)}
function fC(a,b){var c;if(!a.e){c=b.Qb(a);a.b.push(c)}}
function IG(a,b){KH(b);while(a.c<a.d){NG(a,b,a.c++)}}
function nH(a,b){jH(a);return new pH(a,new tH(b,a.a))}
function nF(a,b){MH(b,a.length);return a.charCodeAt(b)}
function ln(a,b){return +(Math.round(a+'e+'+b)+'e-'+b)}
function Jo(a,b){return LC(a.a,(!Mo&&(Mo=new uj),Mo),b)}
function tt(a,b){return LC(a.a,(!ot&&(ot=new uj),ot),b)}
function ut(a,b){return LC(a.a,(!Ft&&(Ft=new uj),Ft),b)}
function rG(a,b){return _c(a)===_c(b)||a!=null&&K(a,b)}
function HG(a,b){this.d=a;this.c=(b&64)!=0?b|16384:b}
function fs(a,b,c,d){this.a=a;this.d=b;this.b=c;this.c=d}
function kH(a){if(!a){this.b=null;new dG}else{this.b=a}}
function Rs(a,b){Ss(a);if(b>=0){a.a=new Vs(a);ij(a.a,b)}}
function Qt(a,b){var c;c=Ic(vk(a.a,Of),36);Yt(c,b);$t(c)}
function zC(a,b){var c;c=sC;sC=a;try{b.D()}finally{sC=c}}
function sr(a,b,c,d){var e;e=NB(a,b);KA(e,new Dr(c,d))}
function Ts(a){this.b=a;Jo(Ic(vk(a,Ge),13),new Xs(this))}
function yq(a,b){jo(Ic(vk(a.c,Be),23),'',b,'',null,null)}
function io(a,b,c){jo(a,c.caption,c.message,b,c.url,null)}
function xk(a){a.b.forEach(aj(rn.prototype.db,rn,[a]))}
function kk(a){$wnd.setTimeout(function(){a.J()},0)}
function Lb(a){$wnd.setTimeout(function(){throw a},0)}
function ny(a){return uE((sE(),qE),NA(NB(Tu(a,0),oJ)))}
function ap(){$o();return Dc(xc(Fe,1),dI,63,0,[Xo,Yo,Zo])}
function aH(){$G();return Dc(xc(Ei,1),dI,49,0,[XG,YG,ZG])}
function xD(){vD();return Dc(xc(Hh,1),dI,44,0,[tD,sD,uD])}
function _q(){Yq();return Dc(xc(Te,1),dI,65,0,[Vq,Wq,Xq])}
function wv(a,b,c,d){rv(a,b)&&Nt(Ic(vk(a.c,Kf),33),b,c,d)}
function ND(a,b,c,d){this.b=a;this.c=b;this.a=c;this.d=d}
function Kn(a,b,c){this.b=a;this.d=b;this.c=c;this.a=new R}
function TC(a,b,c){this.a=a;this.d=b;this.c=null;this.b=c}
function OG(a,b){this.c=0;this.d=b;this.b=17488;this.a=a}
function $(a,b){var c;c=yE(a.kc);return b==null?c:c+': '+b}
function wm(a){var b;b=a.f;while(!!b&&!b.a){b=b.f}return b}
function V(a){if(a.j){a.e!==eI&&a.A();a.h=null}return a}
function Nc(a){NH(a==null||Zc(a)&&!(a.mc===dj));return a}
function lo(a){mH(oG(Ic(vk(a.a,td),7).c),new po);a.b=false}
function ur(a){gk('applyDefaultTheme',(sE(),a?true:false))}
function BD(a,b){Rc(a)?a.V(b):(a.handleEvent(b),undefined)}
function Wu(a,b){_c(b.W(a))===_c((sE(),rE))&&a.b.delete(b)}
function sw(a,b){tA(b).forEach(aj(ww.prototype.hb,ww,[a]))}
function lH(a,b){var c;return oH(a,new dG,(c=new BH(b),c))}
function LH(a,b){if(a<0||a>b){throw Si(new kE(cK+a+dK+b))}}
function Zt(a){a.a=Wt;if(!a.b){return}zs(Ic(vk(a.d,tf),16))}
function zA(a){if(!xA){return a}return $wnd.Polymer.dom(a)}
function WD(c,a,b){return c.setTimeout(YH(a.Vb).bind(a),b)}
function VD(c,a,b){return c.setInterval(YH(a.Vb).bind(a),b)}
function Qc(a){return a.kc||Array.isArray(a)&&xc(ed,1)||ed}
function Pp(a){$wnd.vaadinPush.atmosphere.unsubscribeUrl(a)}
function Gr(a){a&&a.afterServerUpdate&&a.afterServerUpdate()}
function IE(a){if(a._b()){return null}var b=a.h;return Yi[b]}
function JH(a,b){if(a<0||a>=b){throw Si(new kE(cK+a+dK+b))}}
function MH(a,b){if(a<0||a>=b){throw Si(new JF(cK+a+dK+b))}}
function pw(a,b){tA(b).forEach(aj(uw.prototype.hb,uw,[a.a]))}
function Jm(a,b,c,d,e){a.splice.apply(a,[b,c,d].concat(e))}
function Mn(a,b,c){this.a=a;this.c=b;this.b=c;jj.call(this)}
function On(a,b,c){this.a=a;this.c=b;this.b=c;jj.call(this)}
function nE(a,b){U(this);this.f=b;this.g=a;V(this);this.A()}
function mm(a,b){a.updateComplete.then(YH(function(){b.J()}))}
function Dx(a,b,c){return a.set(c,MA(NB(Tu(b.e,1),c),b.b[c]))}
function wA(a,b,c,d){return a.splice.apply(a,[b,c].concat(d))}
function mq(){kq();return Dc(xc(Me,1),dI,53,0,[hq,gq,jq,iq])}
function pD(){nD();return Dc(xc(Gh,1),dI,45,0,[mD,kD,lD,jD])}
function dq(a,b,c){return yF(a.b,b,$wnd.Math.min(a.b.length,c))}
function VC(a,b,c,d){return XC(new $wnd.XMLHttpRequest,a,b,c,d)}
function LA(a,b){if(!a.b&&a.c&&rG(b,a.h)){return}VA(a,b,true)}
function GE(a,b){var c=a.a=a.a||[];return c[b]||(c[b]=a.Wb(b))}
function iG(a){IH(a.a<a.c.a.length);a.b=a.a++;return a.c.a[a.b]}
function bj(a){function b(){}
;b.prototype=a||{};return new b}
function DE(a,b,c,d){var e;e=BE(a,b);OE(c,e);e.e=d?8:0;return e}
function VA(a,b,c){var d;d=a.h;a.c=c;a.h=b;$A(a.a,new sB(a,d,b))}
function CB(a,b){vB.call(this,a,b);this.c=[];this.a=new GB(this)}
function rb(a){pb();nb.call(this,a);this.a='';this.b=a;this.a=''}
function AC(a){this.a=a;this.b=[];this.c=new $wnd.Set;hC(this)}
function gc(){gc=_i;var a,b;b=!mc();a=new uc;fc=b?new nc:a}
function xs(a){if(vs(a)){a.b.a=zc(ii,dI,1,0,5,1);ws(a);zs(a)}}
function TA(a){if(a.c){a.d=true;VA(a,null,false);xC(new mB(a))}}
function Fo(a,b){++a.a;a.b=Zb(a.b,[b,false]);Vb(a);Xb(a,new Ho(a))}
function Pl(a,b){var c;if(b.length!=0){c=new BA(b);a.e.set(Zg,c)}}
function yu(a,b){var c,d;for(c=0;c<b.length;c++){d=b[c];Au(a,d)}}
function ym(a,b,c){var d;d=[];c!=null&&d.push(c);return qm(a,b,d)}
function QB(a,b,c){bB(b.a);b.c&&(a[c]=uB((bB(b.a),b.h)),undefined)}
function Wk(a,b,c,d){Uk(a,d,c).forEach(aj(wl.prototype.db,wl,[b]))}
function OB(a){var b;b=[];MB(a,aj(_B.prototype.db,_B,[b]));return b}
function vG(a,b){KH(b);if(a.a!=null){return AG(My(b,a.a))}return tG}
function cb(b){if(!('stack' in b)){try{throw b}catch(a){}}return b}
function ip(a){a?($wnd.location=a):$wnd.location.reload(false)}
function Rp(){return $wnd.vaadinPush&&$wnd.vaadinPush.atmosphere}
function up(a){var b=YH(vp);$wnd.Vaadin.Flow.registerWidgetset(a,b)}
function rj(c,a){var b=c;c.onreadystatechange=YH(function(){a.K(b)})}
function Fn(a){$wnd.HTMLImports.whenReady(YH(function(){a.J()}))}
function kC(a){if(a.d&&!a.e){try{zC(a,new oC(a))}finally{a.d=false}}}
function aD(a,b){if(a.length>2){eD(a[0],'OS major',b);eD(a[1],RJ,b)}}
function gC(a){while(a.b.length!=0){Ic(a.b.splice(0,1)[0],46).Gb()}}
function pE(a){nE.call(this,a==null?gI:cj(a),Sc(a,5)?Ic(a,5):null)}
function gj(a){if(!a.f){return}++a.d;a.e?kj(a.f.a):lj(a.f.a);a.f=null}
function hz(a,b,c,d,e){this.b=a;this.e=b;this.c=c;this.d=d;this.a=e}
function Vl(a,b){var c;c=Nc(a.b[b]);if(c){a.b[b]=null;a.a.delete(c)}}
function oo(a,b){var c;c=b.keyCode;if(c==27){b.preventDefault();ip(a)}}
function qv(a,b){var c;c=sv(b);if(!c||!b.f){return c}return qv(a,b.f)}
function $l(a,b){if(_l(a,b.e.e)){a.b.push(b);return true}return false}
function uB(a){var b;if(Sc(a,6)){b=Ic(a,6);return Ru(b)}else{return a}}
function Qw(a){Iw();var b;b=a[vJ];if(!b){b={};Nw(b);a[vJ]=b}return b}
function hp(a){var b;b=$doc.createElement('a');b.href=a;return b.href}
function Gm(a){return $wnd.customElements&&a.localName.indexOf('-')>-1}
function ad(a){return Math.max(Math.min(a,2147483647),-2147483648)|0}
function rD(){rD=_i;qD=So((nD(),Dc(xc(Gh,1),dI,45,0,[mD,kD,lD,jD])))}
function AB(a,b){var c;c=a.c.splice(0,b);$A(a.a,new GA(a,0,c,[],false))}
function RG(a,b){!a.a?(a.a=new IF(a.d)):FF(a.a,a.b);DF(a.a,b);return a}
function tH(a,b){HG.call(this,b.hc(),b.gc()&-6);KH(a);this.a=a;this.b=b}
function Eu(a){Ic(vk(a.a,Ge),13).b==($o(),Zo)||Ko(Ic(vk(a.a,Ge),13),Zo)}
function VB(a,b,c,d){var e;bB(c.a);if(c.c){e=Km((bB(c.a),c.h));b[d]=e}}
function vF(a,b,c){var d;c=BF(c);d=new RegExp(b);return a.replace(d,c)}
function WG(a,b,c,d){KH(a);KH(b);KH(c);KH(d);return new bH(b,new UG)}
function ZA(a,b){if(!b){debugger;throw Si(new oE)}return YA(a,a.Sb(b))}
function uu(a,b){if(b==null){debugger;throw Si(new oE)}return a.a.get(b)}
function vu(a,b){if(b==null){debugger;throw Si(new oE)}return a.a.has(b)}
function uF(a,b){b=BF(b);return a.replace(new RegExp('[^0-9].*','g'),b)}
function Em(a,b,c){var d;d=c.a;a.push(KA(d,new Zm(d,b)));wC(new Tm(d,b))}
function Ns(a,b){var c,d;c=Tu(a,8);d=NB(c,'pollInterval');KA(d,new Os(b))}
function tx(a,b){var c;c=b.f;ry(Ic(vk(b.e.e.g.c,td),7),a,c,(bB(b.a),b.h))}
function tA(a){var b;b=[];a.forEach(aj(uA.prototype.db,uA,[b]));return b}
function bG(a){var b;b=(JH(0,a.a.length),a.a[0]);a.a.splice(0,1);return b}
function JG(a,b){KH(b);if(a.c<a.d){NG(a,b,a.c++);return true}return false}
function PB(a,b){if(!a.b.has(b)){return false}return RA(Ic(a.b.get(b),17))}
function xb(){if(Date.now){return Date.now()}return (new Date).getTime()}
function Gb(b){Db();return function(){return Hb(b,this,arguments);var a}}
function mb(a){U(this);this.g=!a?null:$(a,a.w());this.f=a;V(this);this.A()}
function nb(a){U(this);V(this);this.e=a;W(this,a);this.g=a==null?gI:cj(a)}
function SG(){this.b=', ';this.d='[';this.e=']';this.c=this.d+(''+this.e)}
function Vr(a){this.j=new $wnd.Set;this.g=[];this.c=new as(this);this.i=a}
function Fs(a){this.b=new dG;this.e=a;tt(Ic(vk(this.e,Gf),12),new Js(this))}
function at(a){this.a=a;KA(NB(Tu(Ic(vk(this.a,cg),9).e,5),OI),new dt(this))}
function RB(a,b){vB.call(this,a,b);this.b=new $wnd.Map;this.a=new WB(this)}
function Am(a,b){$wnd.customElements.whenDefined(a).then(function(){b.J()})}
function sp(a){np();!$wnd.WebComponents||$wnd.WebComponents.ready?pp(a):op(a)}
function Bq(a,b){lk('Heartbeat exception: '+b.w());zq(a,(Yq(),Vq),null)}
function kp(a,b,c){c==null?zA(a).removeAttribute(b):zA(a).setAttribute(b,c)}
function qn(a,b,c){a.addReadyCallback&&a.addReadyCallback(b,YH(c.J.bind(c)))}
function oH(a,b,c){var d;iH(a);d=new yH;d.a=b;a.a.ic(new CH(d,c));return d.a}
function zc(a,b,c,d,e,f){var g;g=Ac(e,d);e!=10&&Dc(xc(a,f),b,c,e,g);return g}
function BB(a,b,c,d){var e,f;e=d;f=wA(a.c,b,c,e);$A(a.a,new GA(a,b,f,d,false))}
function ey(a,b){return sE(),_c(a)===_c(b)||a!=null&&K(a,b)||a==b?false:true}
function M(a){return Xc(a)?ni:Uc(a)?Yh:Tc(a)?Vh:Rc(a)?a.kc:Bc(a)?a.kc:Qc(a)}
function FH(a,b){return yc(b)!=10&&Dc(M(b),b.lc,b.__elementTypeId$,yc(b),a),a}
function yc(a){return a.__elementTypeCategory$==null?10:a.__elementTypeCategory$}
function Gp(a){switch(a.f.c){case 0:case 1:return true;default:return false;}}
function Gx(a){var b;b=zA(a);while(b.firstChild){b.removeChild(b.firstChild)}}
function my(a){var b;b=Ic(a.e.get(lg),76);!!b&&(!!b.a&&Vz(b.a),b.b.e.delete(lg))}
function Uu(a,b,c,d){var e;e=c.Ub();!!e&&(b[nv(a.g,ad((KH(d),d)))]=e,undefined)}
function Mv(a,b){var c,d,e;e=ad(_D(a[wJ]));d=Tu(b,e);c=a['key'];return NB(d,c)}
function Wo(a,b){var c;KH(b);c=a[':'+b];GH(!!c,Dc(xc(ii,1),dI,1,5,[b]));return c}
function Or(a){var b;b=a['meta'];if(!b||!('async' in b)){return true}return false}
function aG(a,b,c){for(;c<a.a.length;++c){if(rG(b,a.a[c])){return c}}return -1}
function bp(a,b,c){oF(c.substr(0,a.length),a)&&(c=b+(''+xF(c,a.length)));return c}
function Bx(a,b,c){var d,e;e=(bB(a.a),a.c);d=b.d.has(c);e!=d&&(e?Vw(c,b):Ix(c,b))}
function Vv(){var a;Vv=_i;Uv=(a=[],a.push(new Rx),a.push(new gA),a);Tv=new Zv}
function qA(a){var b;b=new $wnd.Set;a.forEach(aj(rA.prototype.hb,rA,[b]));return b}
function BA(a){this.a=new $wnd.Set;a.forEach(aj(CA.prototype.hb,CA,[this.a]))}
function Cv(a){this.a=new $wnd.Map;this.e=new $u(1,this);this.c=a;vv(this,this.e)}
function vD(){vD=_i;tD=new wD('INLINE',0);sD=new wD('EAGER',1);uD=new wD('LAZY',2)}
function bt(a){var b;if(a==null){return false}b=Pc(a);return !oF('DISABLED',b)}
function Rb(a){var b,c;if(a.c){c=null;do{b=a.c;a.c=null;c=$b(b,c)}while(a.c);a.c=c}}
function Sb(a){var b,c;if(a.d){c=null;do{b=a.d;a.d=null;c=$b(b,c)}while(a.d);a.d=c}}
function hD(a,b){var c,d;d=a.substr(b);c=d.indexOf(' ');c==-1&&(c=d.length);return c}
function YA(a,b){var c,d;a.a.add(b);d=new CC(a,b);c=sC;!!c&&iC(c,new EC(d));return d}
function _s(a,b){var c,d;d=bt(b.b);c=bt(b.a);!d&&c?wC(new ft(a)):d&&!c&&wC(new ht(a))}
function px(a,b,c,d){var e,f,g;g=c[pJ];e="id='"+g+"'";f=new lz(a,g);ix(a,b,d,f,g,e)}
function aj(a,b,c){var d=function(){return a.apply(d,arguments)};b.apply(d,c);return d}
function OE(a,b){var c;if(!a){return}b.h=a;var d=IE(b);if(!d){Yi[a]=[b];return}d.kc=b}
function GH(a,b){if(!a){throw Si(new XE(OH('Enum constant undefined: %s',b)))}}
function Ip(a,b){if(b.a.b==($o(),Zo)){if(a.f==(kq(),jq)||a.f==iq){return}Dp(a,new pq)}}
function nk(a){var b;b=S;T(new tk(b));if(Sc(a,32)){mk(Ic(a,32).B())}else{throw Si(a)}}
function xB(a){var b;a.b=true;b=a.c.splice(0,a.c.length);$A(a.a,new GA(a,0,b,[],true))}
function Ui(){Vi();var a=Ti;for(var b=0;b<arguments.length;b++){a.push(arguments[b])}}
function yp(){if(Rp()){return $wnd.vaadinPush.atmosphere.version}else{return null}}
function dk(){try{document.createEvent('TouchEvent');return true}catch(a){return false}}
function jc(a){var b=/function(?:\s+([\w$]+))?\s*\(/;var c=b.exec(a);return c&&c[1]||kI}
function op(a){var b=function(){pp(a)};$wnd.addEventListener('WebComponentsReady',YH(b))}
function hk(a){$wnd.Vaadin.connectionState&&($wnd.Vaadin.connectionState.state=a)}
function gk(a,b){$wnd.Vaadin.connectionIndicator&&($wnd.Vaadin.connectionIndicator[a]=b)}
function Xi(a,b){typeof window===ZH&&typeof window['$gwt']===ZH&&(window['$gwt'][a]=b)}
function Ml(a,b){return !!(a[AI]&&a[AI][BI]&&a[AI][BI][b])&&typeof a[AI][BI][b][CI]!=iI}
function gu(a){return yD(yD(Ic(vk(a.a,td),7).h,'v-r=uidl'),TI+(''+Ic(vk(a.a,td),7).k))}
function Tb(a){var b;if(a.b){b=a.b;a.b=null;!a.g&&(a.g=[]);$b(b,a.g)}!!a.g&&(a.g=Wb(a.g))}
function ew(a,b,c){_v();b==(JA(),IA)&&a!=null&&c!=null&&a.has(c)?Ic(a.get(c),14).J():b.J()}
function wy(a,b,c){this.c=new $wnd.Map;this.d=new $wnd.Map;this.e=a;this.b=b;this.a=c}
function UC(a,b){var c;c=new $wnd.XMLHttpRequest;c.withCredentials=true;return WC(c,a,b)}
function Ux(a,b){var c;c=a;while(true){c=c.f;if(!c){return false}if(K(b,c.a)){return true}}}
function yx(a,b){var c,d;c=a.a;if(c.length!=0){for(d=0;d<c.length;d++){Ww(b,Ic(c[d],6))}}}
function Ex(a,b,c){var d,e,f,g;for(e=a,f=0,g=e.length;f<g;++f){d=e[f];qx(d,new Yz(b,d),c)}}
function jy(a,b,c){var d,e,f;e=Tu(a,1);f=NB(e,c);d=b[c];f.g=(uG(),d==null?tG:new xG(KH(d)))}
function zD(e,a,b,c){var d=!b?null:AD(b);e.addEventListener(a,d,c);return new ND(e,a,d,c)}
function yv(a,b,c,d,e){if(!mv(a,b)){debugger;throw Si(new oE)}Pt(Ic(vk(a.c,Kf),33),b,c,d,e)}
function jF(a,b,c){if(a==null){debugger;throw Si(new oE)}this.a=mI;this.d=a;this.b=b;this.c=c}
function WA(a,b,c){JA();this.a=new dB(this);this.g=(uG(),uG(),tG);this.f=a;this.e=b;this.b=c}
function hj(a,b){if(b<0){throw Si(new XE(nI))}!!a.f&&gj(a);a.e=false;a.f=bF(pj(mj(a,a.d),b))}
function ij(a,b){if(b<=0){throw Si(new XE(oI))}!!a.f&&gj(a);a.e=true;a.f=bF(oj(mj(a,a.d),b))}
function DG(a,b){if(0>a||a>b){throw Si(new lE('fromIndex: 0, toIndex: '+a+', length: '+b))}}
function jr(a,b){ik&&PD($wnd.console,'Setting heartbeat interval to '+b+'sec.');a.a=b;hr(a)}
function Ru(a){var b;b=$wnd.Object.create(null);Qu(a,aj(cv.prototype.db,cv,[a,b]));return b}
function Bp(c,a){var b=c.getConfig(a);if(b===null||b===undefined){return null}else{return b+''}}
function Ap(c,a){var b=c.getConfig(a);if(b===null||b===undefined){return null}else{return bF(b)}}
function ju(b){if(b.readyState!=1){return false}try{b.send();return true}catch(a){return false}}
function $t(a){if(Wt!=a.a||a.c.length==0){return}a.b=true;a.a=new au(a);Fo((Qb(),Pb),new eu(a))}
function rx(a,b,c,d){var e,f,g;g=c[pJ];e="path='"+wb(g)+"'";f=new jz(a,g);ix(a,b,d,f,null,e)}
function tv(a,b){var c;if(b!=a.e){c=b.a;!!c&&(Iw(),!!c[vJ])&&Ow((Iw(),c[vJ]));Bv(a,b);b.f=null}}
function Ev(a,b){var c;if(Sc(a,29)){c=Ic(a,29);ad((KH(b),b))==2?AB(c,(bB(c.a),c.c.length)):xB(c)}}
function Ix(a,b){var c;c=Ic(b.d.get(a),46);b.d.delete(a);if(!c){debugger;throw Si(new oE)}c.Gb()}
function bx(a,b,c,d){var e;e=Tu(d,a);MB(e,aj(Cy.prototype.db,Cy,[b,c]));return LB(e,new Ey(b,c))}
function HC(b,c,d){return YH(function(){var a=Array.prototype.slice.call(arguments);d.Cb(b,c,a)})}
function _b(b,c){Qb();function d(){var a=YH(Yb)(b);a&&$wnd.setTimeout(d,c)}
$wnd.setTimeout(d,c)}
function Yq(){Yq=_i;Vq=new $q('HEARTBEAT',0,0);Wq=new $q('PUSH',1,1);Xq=new $q('XHR',2,2)}
function $o(){$o=_i;Xo=new _o('INITIALIZING',0);Yo=new _o('RUNNING',1);Zo=new _o('TERMINATED',2)}
function An(a,b){var c,d;c=new Tn(a);d=new $wnd.Function(a);Jn(a,new $n(d),new ao(b,c),new co(b,c))}
function AD(b){var c=b.handler;if(!c){c=YH(function(a){BD(b,a)});c.listener=b;b.handler=c}return c}
function cp(a,b){var c;if(a==null){return null}c=bp('context://',b,a);c=bp('base://','',c);return c}
function Ri(a){var b;if(Sc(a,5)){return a}b=a&&a.__java$exception;if(!b){b=new rb(a);hc(b)}return b}
function Vb(a){if(!a.i){a.i=true;!a.f&&(a.f=new bc(a));_b(a.f,1);!a.h&&(a.h=new dc(a));_b(a.h,50)}}
function Es(a,b){b&&(!a.c||!Gp(a.c))?(a.c=new Op(a.e)):!b&&!!a.c&&Gp(a.c)&&Dp(a.c,new Ks(a,false))}
function Ds(a,b){b&&(!a.c||!Gp(a.c))?(a.c=new Op(a.e)):!b&&!!a.c&&Gp(a.c)&&Dp(a.c,new Ks(a,true))}
function xv(a,b,c,d,e,f){if(!mv(a,b)){debugger;throw Si(new oE)}Ot(Ic(vk(a.c,Kf),33),b,c,d,e,f)}
function iu(a){this.a=a;zD($wnd,'beforeunload',new qu(this),false);ut(Ic(vk(a,Gf),12),new su(this))}
function ss(a,b){jk('Re-sending queued messages to the server (attempt '+b.a+') ...');ws(a);rs(a)}
function Nr(a,b){if(b==-1){return true}if(b==a.f+1){return true}if(a.f==-1){return true}return false}
function ZD(c){return $wnd.JSON.stringify(c,function(a,b){if(a=='$H'){return undefined}return b},0)}
function ac(b,c){Qb();var d=$wnd.setInterval(function(){var a=YH(Yb)(b);!a&&$wnd.clearInterval(d)},c)}
function Mt(a,b,c,d){var e;e={};e[uI]=jJ;e[kJ]=Object(b);e[jJ]=c;!!d&&(e['data']=d,undefined);Qt(a,e)}
function Dc(a,b,c,d,e){e.kc=a;e.lc=b;e.mc=dj;e.__elementTypeId$=c;e.__elementTypeCategory$=d;return e}
function iD(a,b,c){var d,e;b<0?(e=0):(e=b);c<0||c>a.length?(d=a.length):(d=c);return a.substr(e,d-e)}
function Jp(a,b,c){pF(b,'true')||pF(b,'false')?(a.a[c]=pF(b,'true'),undefined):(a.a[c]=b,undefined)}
function Gq(a,b,c){Hp(b)&&vt(Ic(vk(a.c,Gf),12));Lq(c)||Aq(a,'Invalid JSON from server: '+c,null)}
function Kq(a,b){jo(Ic(vk(a.c,Be),23),'',b+' could not be loaded. Push will not work.','',null,null)}
function Fq(a){Ic(vk(a.c,_e),27).a>=0&&jr(Ic(vk(a.c,_e),27),Ic(vk(a.c,td),7).d);zq(a,(Yq(),Vq),null)}
function sv(a){var b,c;if(!a.c.has(0)){return true}c=Tu(a,0);b=Jc(NA(NB(c,rI)));return !uE((sE(),qE),b)}
function Cu(a,b){var c;c=!!b.a&&!uE((sE(),qE),NA(NB(Tu(b,0),oJ)));if(!c||!b.f){return c}return Cu(a,b.f)}
function xj(a,b){var c;c='/'.length;if(!oF(b.substr(b.length-c,c),'/')){debugger;throw Si(new oE)}a.b=b}
function Zk(a,b){var c;c=new $wnd.Map;b.forEach(aj(ul.prototype.db,ul,[a,c]));c.size==0||dl(new yl(c))}
function Y(a){var b,c,d,e;for(b=(a.h==null&&(a.h=(gc(),e=fc.G(a),ic(e))),a.h),c=0,d=b.length;c<d;++c);}
function Bs(a){var b,c,d;b=[];c={};c['UNLOAD']=Object(true);d=us(a,b,c);Gs(gu(Ic(vk(a.e,Uf),59)),ZD(d))}
function Hx(a){var b,c,d;c=zA(a.b).childNodes;d=[];for(b=0;b<c.length;b++){d.push(Nc(c[b]))}xC(new nz(a,d))}
function xt(a){var b,c;c=Ic(vk(a.c,Ge),13).b==($o(),Zo);b=a.b||Ic(vk(a.c,Of),36).b;(c||!b)&&hk('connected')}
function $s(a){if(PB(Tu(Ic(vk(a.a,cg),9).e,5),iJ)){return Pc(NA(NB(Tu(Ic(vk(a.a,cg),9).e,5),iJ)))}return null}
function OA(a,b){var c;bB(a.a);if(a.c){c=(bB(a.a),a.h);if(c==null){return b}return VE(Kc(c))}else{return b}}
function zp(c,a){var b=c.getConfig(a);if(b===null||b===undefined){return false}else{return sE(),b?true:false}}
function Vw(a,b){var c;if(b.d.has(a)){debugger;throw Si(new oE)}c=HD(b.b,a,new Dz(b),false);b.d.set(a,c)}
function jw(a,b){if(b<0){throw Si(new XE(nI))}a.c?TD($wnd,a.d):UD($wnd,a.d);a.c=false;a.d=WD($wnd,new dE(a),b)}
function kw(a,b){if(b<=0){throw Si(new XE(oI))}a.c?TD($wnd,a.d):UD($wnd,a.d);a.c=true;a.d=VD($wnd,new fE(a),b)}
function qy(a,b,c,d){if(d==null){!!c&&(delete c['for'],undefined)}else{!c&&(c={});c['for']=d}wv(a.g,a,b,c)}
function ib(a){var b;if(a!=null){b=a.__java$exception;if(b){return b}}return Wc(a,TypeError)?new fF(a):new nb(a)}
function QA(a){var b;bB(a.a);if(a.c){b=(bB(a.a),a.h);if(b==null){return true}return tE(Jc(b))}else{return true}}
function Yv(a){var b,c;c=Xv(a);b=a.a;if(!a.a){b=c.Kb(a);if(!b){debugger;throw Si(new oE)}Yu(a,b)}Wv(a,b);return b}
function pG(a){var b,c,d;d=1;for(c=new jG(a);c.a<c.c.a.length;){b=iG(c);d=31*d+(b!=null?O(b):0);d=d|0}return d}
function mG(a){var b,c,d,e,f;f=1;for(c=a,d=0,e=c.length;d<e;++d){b=c[d];f=31*f+(b!=null?O(b):0);f=f|0}return f}
function So(a){var b,c,d,e,f;b={};for(d=a,e=0,f=d.length;e<f;++e){c=d[e];b[':'+(c.b!=null?c.b:''+c.c)]=c}return b}
function bF(a){var b,c;if(a>-129&&a<128){b=a+128;c=(dF(),cF)[b];!c&&(c=cF[b]=new ZE(a));return c}return new ZE(a)}
function ex(a){var b,c;b=Su(a.e,24);for(c=0;c<(bB(b.a),b.c.length);c++){Ww(a,Ic(b.c[c],6))}return wB(b,new Vy(a))}
function Xx(a){var b,c,d;c=new $wnd.Set;for(d=0;d<(bB(a.a),a.c.length);d++){b=Ic(a.c[d],6).a;!!b&&c.add(b)}return c}
function cE(c){var a=[];for(var b in c){Object.prototype.hasOwnProperty.call(c,b)&&b!='$H'&&a.push(b)}return a}
function Lq(a){var b;b=fj(new RegExp('Vaadin-Refresh(:\\s*(.*?))?(\\s|$)'),a);if(b){ip(b[2]);return true}return false}
function pv(a,b){var c,d,e;e=tA(a.a);for(c=0;c<e.length;c++){d=Ic(e[c],6);if(b.isSameNode(d.a)){return d}}return null}
function pp(a){var b,c,d,e;b=(e=new Ij,e.a=a,tp(e,qp(a)),e);c=new Nj(b);mp.push(c);d=qp(a).getConfig('uidl');Mj(c,d)}
function $G(){$G=_i;XG=new _G('CONCURRENT',0);YG=new _G('IDENTITY_FINISH',1);ZG=new _G('UNORDERED',2)}
function zE(){++wE;this.i=null;this.g=null;this.f=null;this.d=null;this.b=null;this.h=null;this.a=null}
function $u(a,b){this.c=new $wnd.Map;this.h=new $wnd.Set;this.b=new $wnd.Set;this.e=new $wnd.Map;this.d=a;this.g=b}
function om(a,b){var c;nm==null&&(nm=pA());c=Oc(nm.get(a),$wnd.Set);if(c==null){c=new $wnd.Set;nm.set(a,c)}c.add(b)}
function ax(a,b){var c,d;d=a.f;if(b.c.has(d)){debugger;throw Si(new oE)}c=new AC(new Bz(a,b,d));b.c.set(d,c);return c}
function $A(a,b){var c;if(b.Pb()!=a.b){debugger;throw Si(new oE)}c=qA(a.a);c.forEach(aj(FC.prototype.hb,FC,[a,b]))}
function Zl(a){var b;if(!Ic(vk(a.c,cg),9).f){b=new $wnd.Map;a.a.forEach(aj(fm.prototype.hb,fm,[a,b]));xC(new hm(a,b))}}
function Pq(a,b){var c;vt(Ic(vk(a.c,Gf),12));c=b.b.responseText;Lq(c)||Aq(a,'Invalid JSON response from server: '+c,b)}
function xq(a){a.b=null;Ic(vk(a.c,Gf),12).b&&vt(Ic(vk(a.c,Gf),12));hk('connection-lost');jr(Ic(vk(a.c,_e),27),0)}
function Jq(a,b){ik&&($wnd.console.debug('Reopening push connection'),undefined);Hp(b)&&zq(a,(Yq(),Wq),null)}
function Yl(a,b){var c;a.a.clear();while(a.b.length>0){c=Ic(a.b.splice(0,1)[0],17);cm(c,b)||zv(Ic(vk(a.c,cg),9),c);yC()}}
function Eq(a,b){var c;if(b.a.b==($o(),Zo)){if(a.b){xq(a);c=Ic(vk(a.c,Ge),13);c.b!=Zo&&Ko(c,Zo)}!!a.d&&!!a.d.f&&gj(a.d)}}
function PA(a){var b;bB(a.a);if(a.c){b=(bB(a.a),a.h);if(b==null){return null}return bB(a.a),Pc(a.h)}else{return null}}
function PC(a,b){var c,d;d=Oc(a.c.get(b),$wnd.Map);if(d==null){return []}c=Mc(d.get(null));if(c==null){return []}return c}
function Gn(a,b,c){var d;d=Mc(c.get(a));if(d==null){d=[];d.push(b);c.set(a,d);return true}else{d.push(b);return false}}
function Rw(a){var b;b=Lc(Hw.get(a));if(b==null){b=Lc(new $wnd.Function(jJ,CJ,'return ('+a+')'));Hw.set(a,b)}return b}
function Jl(b,c){return Array.from(b.querySelectorAll('[name]')).find(function(a){return a.getAttribute('name')==c})}
function Ow(c){Iw();var b=c['}p'].promises;b!==undefined&&b.forEach(function(a){a[1](Error('Client is resynchronizing'))})}
function cj(a){var b;if(Array.isArray(a)&&a.mc===dj){return yE(M(a))+'@'+(b=O(a)>>>0,b.toString(16))}return a.toString()}
function cm(a,b){var c,d;c=Oc(b.get(a.e.e.d),$wnd.Map);if(c!=null&&c.has(a.f)){d=c.get(a.f);UA(a,d);return true}return false}
function Bm(a){while(a.parentNode&&(a=a.parentNode)){if(a.toString()==='[object ShadowRoot]'){return true}}return false}
function Mw(a,b){if(typeof a.get===aI){var c=a.get(b);if(typeof c===ZH&&typeof c[FI]!==iI){return {nodeId:c[FI]}}}return null}
function Wx(a,b){var c,d,e,f;f=Xx(a);c=zA(b).childNodes;for(e=0;e<c.length;e++){d=Nc(c[e]);if(f.has(d)){return d}}return null}
function QC(a){var b,c;if(a.a!=null){try{for(c=0;c<a.a.length;c++){b=Ic(a.a[c],340);MC(b.a,b.d,b.c,b.b)}}finally{a.a=null}}}
function bl(){Tk();var a,b;--Sk;if(Sk==0&&Rk.length!=0){try{for(b=0;b<Rk.length;b++){a=Ic(Rk[b],28);a.D()}}finally{oA(Rk)}}}
function Mb(a,b){Db();var c;c=S;if(c){if(c==Ab){return}c.r(a);return}if(b){Lb(Sc(a,32)?Ic(a,32).B():a)}else{LF();X(a,KF,'')}}
function $w(a,b){var c,d;c=Su(b,11);for(d=0;d<(bB(c.a),c.c.length);d++){zA(a).classList.add(Pc(c.c[d]))}return wB(c,new Nz(a))}
function Aq(a,b,c){var d,e;c&&(e=c.b);jo(Ic(vk(a.c,Be),23),'',b,'',null,null);d=Ic(vk(a.c,Ge),13);d.b!=($o(),Zo)&&Ko(d,Zo)}
function dp(a){var b,c;b=Ic(vk(a.a,td),7).b;c='/'.length;if(!oF(b.substr(b.length-c,c),'/')){debugger;throw Si(new oE)}return b}
function yt(a){if(a.b){throw Si(new YE('Trying to start a new request while another is active'))}a.b=true;wt(a,new Ct)}
function _w(a){if(!a.b){debugger;throw Si(new pE('Cannot bind client delegate methods to a Node'))}return Aw(a.b,a.e)}
function jH(a){if(a.b){jH(a.b)}else if(a.c){throw Si(new YE("Stream already terminated, can't be modified or used"))}}
function nw(a){if(a.a.b){fw(AJ,a.a.b,a.a.a,null);if(a.b.has(zJ)){a.a.g=a.a.b;a.a.h=a.a.a}a.a.b=null;a.a.a=null}else{bw(a.a)}}
function lw(a){if(a.a.b){fw(zJ,a.a.b,a.a.a,a.a.i);a.a.b=null;a.a.a=null;a.a.i=null}else !!a.a.g&&fw(zJ,a.a.g,a.a.h,null);bw(a.a)}
function fk(){return /iPad|iPhone|iPod/.test(navigator.platform)||navigator.platform==='MacIntel'&&navigator.maxTouchPoints>1}
function ek(){this.a=new gD($wnd.navigator.userAgent);this.a.c?'ontouchstart' in window:this.a.g?!!navigator.msMaxTouchPoints:dk()}
function En(a){this.b=new $wnd.Set;this.a=new $wnd.Map;this.d=!!($wnd.HTMLImports&&$wnd.HTMLImports.whenReady);this.c=a;xn(this)}
function Sq(a){this.c=a;Jo(Ic(vk(a,Ge),13),new ar(this));zD($wnd,'offline',new cr(this),false);zD($wnd,'online',new er(this),false)}
function nD(){nD=_i;mD=new oD('STYLESHEET',0);kD=new oD('JAVASCRIPT',1);lD=new oD('JS_MODULE',2);jD=new oD('DYNAMIC_IMPORT',3)}
function tm(a){var b;if(nm==null){return}b=Oc(nm.get(a),$wnd.Set);if(b!=null){nm.delete(a);b.forEach(aj(Pm.prototype.hb,Pm,[]))}}
function hC(a){var b;a.d=true;gC(a);a.e||wC(new mC(a));if(a.c.size!=0){b=a.c;a.c=new $wnd.Set;b.forEach(aj(qC.prototype.hb,qC,[]))}}
function fw(a,b,c,d){_v();oF(zJ,a)?c.forEach(aj(yw.prototype.db,yw,[d])):tA(c).forEach(aj(gw.prototype.hb,gw,[]));qy(b.b,b.c,b.a,a)}
function Rt(a,b,c,d,e){var f;f={};f[uI]='mSync';f[kJ]=aE(b.d);f['feature']=Object(c);f['property']=d;f[CI]=e==null?null:e;Qt(a,f)}
function Vj(a,b,c){var d;if(a==c.d){d=new $wnd.Function('callback','callback();');d.call(null,b);return sE(),true}return sE(),false}
function mc(){if(Error.stackTraceLimit>0){$wnd.Error.stackTraceLimit=Error.stackTraceLimit=64;return true}return 'stack' in new Error}
function NB(a,b){var c;c=Ic(a.b.get(b),17);if(!c){c=new WA(b,a,oF('innerHTML',b)&&a.d==1);a.b.set(b,c);$A(a.a,new qB(a,c))}return c}
function Nl(a,b){var c,d;d=Tu(a,1);if(!a.a){Am(Pc(NA(NB(Tu(a,0),'tag'))),new Ql(a,b));return}for(c=0;c<b.length;c++){Ol(a,d,Pc(b[c]))}}
function lm(a){return typeof a.update==aI&&a.updateComplete instanceof Promise&&typeof a.shouldUpdate==aI&&typeof a.firstUpdated==aI}
function WE(a){var b;b=SE(a);if(b>3.4028234663852886E38){return Infinity}else if(b<-3.4028234663852886E38){return -Infinity}return b}
function vE(a){if(a>=48&&a<48+$wnd.Math.min(10,10)){return a-48}if(a>=97&&a<97){return a-97+10}if(a>=65&&a<65){return a-65+10}return -1}
function NE(a,b){var c=0;while(!b[c]||b[c]==''){c++}var d=b[c++];for(;c<b.length;c++){if(!b[c]||b[c]==''){continue}d+=a+b[c]}return d}
function gx(a){var b;b=Pc(NA(NB(Tu(a,0),'tag')));if(b==null){debugger;throw Si(new pE('New child must have a tag'))}return MD($doc,b)}
function dx(a){var b;if(!a.b){debugger;throw Si(new pE('Cannot bind shadow root to a Node'))}b=Tu(a.e,20);Xw(a);return LB(b,new $z(a))}
function ro(a){ik&&($wnd.console.debug('Re-establish PUSH connection'),undefined);Ds(Ic(vk(a.a.a,tf),16),true);Fo((Qb(),Pb),new xo(a))}
function pF(a,b){KH(a);if(b==null){return false}if(oF(a,b)){return true}return a.length==b.length&&oF(a.toLowerCase(),b.toLowerCase())}
function kq(){kq=_i;hq=new lq('CONNECT_PENDING',0);gq=new lq('CONNECTED',1);jq=new lq('DISCONNECT_PENDING',2);iq=new lq('DISCONNECTED',3)}
function Pt(a,b,c,d,e){var f;f={};f[uI]='attachExistingElementById';f[kJ]=aE(b.d);f[lJ]=Object(c);f[mJ]=Object(d);f['attachId']=e;Qt(a,f)}
function Su(a,b){var c,d;d=b;c=Ic(a.c.get(d),34);if(!c){c=new CB(b,a);a.c.set(d,c)}if(!Sc(c,29)){debugger;throw Si(new oE)}return Ic(c,29)}
function Tu(a,b){var c,d;d=b;c=Ic(a.c.get(d),34);if(!c){c=new RB(b,a);a.c.set(d,c)}if(!Sc(c,43)){debugger;throw Si(new oE)}return Ic(c,43)}
function cG(a,b){var c,d;d=a.a.length;b.length<d&&(b=FH(new Array(d),b));for(c=0;c<d;++c){Cc(b,c,a.a[c])}b.length>d&&Cc(b,d,null);return b}
function Lx(a,b){var c,d;d=NB(b,HJ);bB(d.a);d.c||UA(d,a.getAttribute(HJ));c=NB(b,IJ);Bm(a)&&(bB(c.a),!c.c)&&!!a.style&&UA(c,a.style.display)}
function Jx(a,b){var c,d,e,f;d=a.b;f=Xx(Su(a.e,2));for(e=0;e<b.length;e++){c=Nc(b[e]);!f.has(c)&&zA(c).parentNode==d&&zA(d).removeChild(c)}}
function uv(a){yB(Su(a.e,24),aj(Gv.prototype.hb,Gv,[]));Qu(a.e,aj(Kv.prototype.db,Kv,[]));a.a.forEach(aj(Iv.prototype.db,Iv,[a]));a.d=true}
function Yk(a){ik&&($wnd.console.debug('Finished loading eager dependencies, loading lazy.'),undefined);a.forEach(aj(Cl.prototype.db,Cl,[]))}
function tw(a,b){if(b.e){!!b.b&&fw(zJ,b.b,b.a,null)}else{fw(AJ,b.b,b.a,null);kw(b.f,ad(b.j))}if(b.b){$F(a,b.b);b.b=null;b.a=null;b.i=null}}
function WH(a){UH();var b,c,d;c=':'+a;d=TH[c];if(d!=null){return ad((KH(d),d))}d=RH[c];b=d==null?VH(a):ad((KH(d),d));XH();TH[c]=b;return b}
function O(a){return Xc(a)?WH(a):Uc(a)?ad((KH(a),a)):Tc(a)?(KH(a),a)?1231:1237:Rc(a)?a.p():Bc(a)?QH(a):!!a&&!!a.hashCode?a.hashCode():QH(a)}
function yk(a,b,c){if(a.a.has(b)){debugger;throw Si(new pE((xE(b),'Registry already has a class of type '+b.i+' registered')))}a.a.set(b,c)}
function Wv(a,b){Vv();var c;if(a.g.f){debugger;throw Si(new pE('Binding state node while processing state tree changes'))}c=Xv(a);c.Jb(a,b,Tv)}
function GA(a,b,c,d,e){this.e=a;if(c==null){debugger;throw Si(new oE)}if(d==null){debugger;throw Si(new oE)}this.c=b;this.d=c;this.a=d;this.b=e}
function Ll(a,b,c,d){var e,f;if(!d){f=Ic(vk(a.g.c,Wd),62);e=Ic(f.a.get(c),26);if(!e){f.b[b]=c;f.a.set(c,bF(b));return bF(b)}return e}return d}
function Zx(a,b){var c,d;while(b!=null){for(c=a.length-1;c>-1;c--){d=Ic(a[c],6);if(b.isSameNode(d.a)){return d.d}}b=zA(b.parentNode)}return -1}
function Ol(a,b,c){var d;if(Ml(a.a,c)){d=Ic(a.e.get(Zg),77);if(!d||!d.a.has(c)){return}MA(NB(b,c),a.a[c]).J()}else{PB(b,c)||UA(NB(b,c),null)}}
function Xl(a,b,c){var d,e;e=ov(Ic(vk(a.c,cg),9),ad((KH(b),b)));if(e.c.has(1)){d=new $wnd.Map;MB(Tu(e,1),aj(jm.prototype.db,jm,[d]));c.set(b,d)}}
function OC(a,b,c){var d,e;e=Oc(a.c.get(b),$wnd.Map);if(e==null){e=new $wnd.Map;a.c.set(b,e)}d=Mc(e.get(c));if(d==null){d=[];e.set(c,d)}return d}
function Yx(a){var b;Tw==null&&(Tw=new $wnd.Map);b=Lc(Tw.get(a));if(b==null){b=Lc(new $wnd.Function(jJ,CJ,'return ('+a+')'));Tw.set(a,b)}return b}
function Wr(){if($wnd.performance&&$wnd.performance.timing){return (new Date).getTime()-$wnd.performance.timing.responseStart}else{return -1}}
function Cw(a,b,c,d){var e,f,g,h,i;i=Nc(a.cb());h=d.d;for(g=0;g<h.length;g++){Pw(i,Pc(h[g]))}e=d.a;for(f=0;f<e.length;f++){Jw(i,Pc(e[f]),b,c)}}
function ly(a,b){var c,d,e,f,g;d=zA(a).classList;g=b.d;for(f=0;f<g.length;f++){d.remove(Pc(g[f]))}c=b.a;for(e=0;e<c.length;e++){d.add(Pc(c[e]))}}
function mx(a,b){var c,d,e,f,g;g=Su(b.e,2);d=0;f=null;for(e=0;e<(bB(g.a),g.c.length);e++){if(d==a){return f}c=Ic(g.c[e],6);if(c.a){f=c;++d}}return f}
function xm(a){var b,c,d,e;d=-1;b=Su(a.f,16);for(c=0;c<(bB(b.a),b.c.length);c++){e=b.c[c];if(K(a,e)){d=c;break}}if(d<0){return null}return ''+d}
function Hc(a,b){if(Xc(a)){return !!Gc[b]}else if(a.lc){return !!a.lc[b]}else if(Uc(a)){return !!Fc[b]}else if(Tc(a)){return !!Ec[b]}return false}
function K(a,b){return Xc(a)?oF(a,b):Uc(a)?(KH(a),_c(a)===_c(b)):Tc(a)?uE(a,b):Rc(a)?a.n(b):Bc(a)?H(a,b):!!a&&!!a.equals?a.equals(b):_c(a)===_c(b)}
function X(a,b,c){var d,e,f,g,h;Y(a);for(e=(a.i==null&&(a.i=zc(pi,dI,5,0,0,1)),a.i),f=0,g=e.length;f<g;++f){d=e[f];X(d,b,'\t'+c)}h=a.f;!!h&&X(h,b,c)}
function Bv(a,b){if(!mv(a,b)){debugger;throw Si(new oE)}if(b==a.e){debugger;throw Si(new pE("Root node can't be unregistered"))}a.a.delete(b.d);Zu(b)}
function mv(a,b){if(!b){debugger;throw Si(new pE(sJ))}if(b.g!=a){debugger;throw Si(new pE(tJ))}if(b!=ov(a,b.d)){debugger;throw Si(new pE(uJ))}return true}
function vk(a,b){if(!a.a.has(b)){debugger;throw Si(new pE((xE(b),'Tried to lookup type '+b.i+' but no instance has been registered')))}return a.a.get(b)}
function Tx(a,b,c){var d,e;e=b.f;if(c.has(e)){debugger;throw Si(new pE("There's already a binding for "+e))}d=new AC(new Ky(a,b));c.set(e,d);return d}
function Yu(a,b){var c;if(!(!a.a||!b)){debugger;throw Si(new pE('StateNode already has a DOM node'))}a.a=b;c=qA(a.b);c.forEach(aj(iv.prototype.hb,iv,[a]))}
function Xr(){if($wnd.performance&&$wnd.performance.timing&&$wnd.performance.timing.fetchStart){return $wnd.performance.timing.fetchStart}else{return 0}}
function cD(a){var b,c;if(a.indexOf('os ')==-1||a.indexOf(' like mac')==-1){return}b=iD(a,a.indexOf('os ')+3,a.indexOf(' like mac'));c=wF(b,'_');dD(c,a)}
function Ac(a,b){var c=new Array(b);var d;switch(a){case 14:case 15:d=0;break;case 16:d=false;break;default:return c;}for(var e=0;e<b;++e){c[e]=d}return c}
function zm(a){var b,c,d,e,f;e=null;c=Tu(a.f,1);f=OB(c);for(b=0;b<f.length;b++){d=Pc(f[b]);if(K(a,NA(NB(c,d)))){e=d;break}}if(e==null){return null}return e}
function dD(a,b){var c,d;a.length>=1&&eD(a[0],'OS major',b);if(a.length>=2){c=qF(a[1],AF(45));if(c>-1){d=a[1].substr(0,c-0);eD(d,RJ,b)}else{eD(a[1],RJ,b)}}}
function lc(a){gc();var b=a.e;if(b&&b.stack){var c=b.stack;var d=b+'\n';c.substring(0,d.length)==d&&(c=c.substring(d.length));return c.split('\n')}return []}
function LC(a,b,c){var d;if(!b){throw Si(new gF('Cannot add a handler with a null type'))}a.b>0?KC(a,new TC(a,b,c)):(d=OC(a,b,null),d.push(c));return new SC}
function sm(a,b){var c,d,e,f,g;f=a.f;d=a.e.e;g=wm(d);if(!g){qk(GI+d.d+HI);return}c=pm((bB(a.a),a.h));if(Cm(g.a)){e=ym(g,d,f);e!=null&&Im(g.a,e,c);return}b[f]=c}
function hr(a){if(a.a>0){jk('Scheduling heartbeat in '+a.a+' seconds');hj(a.c,a.a*1000)}else{ik&&($wnd.console.debug('Disabling heartbeat'),undefined);gj(a.c)}}
function Zs(a){var b,c,d,e;b=NB(Tu(Ic(vk(a.a,cg),9).e,5),'parameters');e=(bB(b.a),Ic(b.h,6));d=Tu(e,6);c=new $wnd.Map;MB(d,aj(jt.prototype.db,jt,[c]));return c}
function ix(a,b,c,d,e,f){var g,h;if(!Px(a.e,b,e,f)){return}g=Nc(d.cb());if(Qx(g,b,e,f,a)){if(!c){h=Ic(vk(b.g.c,Yd),51);h.a.add(b.d);Zl(h)}Yu(b,g);Yv(b)}c||yC()}
function zv(a,b){var c,d;if(!b){debugger;throw Si(new oE)}d=b.e;c=d.e;if($l(Ic(vk(a.c,Yd),51),b)||!rv(a,c)){return}Rt(Ic(vk(a.c,Kf),33),c,d.d,b.f,(bB(b.a),b.h))}
function un(){var a,b,c,d;b=$doc.head.childNodes;c=b.length;for(d=0;d<c;d++){a=b.item(d);if(a.nodeType==8&&oF('Stylesheet end',a.nodeValue)){return a}}return null}
function Mq(a,b){if(a.b!=b){return}a.b=null;a.a=0;if(a.d){gj(a.d);a.d=null}hk('connected');ik&&($wnd.console.debug('Re-established connection to server'),undefined)}
function ts(a,b){a.c=null;b&&bt(NA(NB(Tu(Ic(vk(Ic(vk(a.e,Bf),37).a,cg),9).e,5),OI)))&&(!a.c||!Gp(a.c))&&(a.c=new Op(a.e));Ic(vk(a.e,Of),36).b&&$t(Ic(vk(a.e,Of),36))}
function Kx(a,b){var c,d,e;Lx(a,b);e=NB(b,HJ);bB(e.a);e.c&&ry(Ic(vk(b.e.g.c,td),7),a,HJ,(bB(e.a),e.h));c=NB(b,IJ);bB(c.a);if(c.c){d=(bB(c.a),cj(c.h));FD(a.style,d)}}
function Mj(a,b){if(!b){xs(Ic(vk(a.a,tf),16))}else{yt(Ic(vk(a.a,Gf),12));Lr(Ic(vk(a.a,pf),22),b)}zD($wnd,'pagehide',new Yj(a),false);zD($wnd,'pageshow',new $j,false)}
function Ko(a,b){if(b.c!=a.b.c+1){throw Si(new XE('Tried to move from state '+Qo(a.b)+' to '+(b.b!=null?b.b:''+b.c)+' which is not allowed'))}a.b=b;NC(a.a,new No(a))}
function Zr(a){var b;if(a==null){return null}if(!oF(a.substr(0,9),'for(;;);[')||(b=']'.length,!oF(a.substr(a.length-b,b),']'))){return null}return yF(a,9,a.length-1)}
function Wi(b,c,d,e){Vi();var f=Ti;$moduleName=c;$moduleBase=d;Qi=e;function g(){for(var a=0;a<f.length;a++){f[a]()}}
if(b){try{YH(g)()}catch(a){b(c,a)}}else{YH(g)()}}
function ic(a){var b,c,d,e;b='hc';c='hb';e=$wnd.Math.min(a.length,5);for(d=e-1;d>=0;d--){if(oF(a[d].d,b)||oF(a[d].d,c)){a.length>=d+1&&a.splice(0,d+1);break}}return a}
function Ot(a,b,c,d,e,f){var g;g={};g[uI]='attachExistingElement';g[kJ]=aE(b.d);g[lJ]=Object(c);g[mJ]=Object(d);g['attachTagName']=e;g['attachIndex']=Object(f);Qt(a,g)}
function Cm(a){var b=typeof $wnd.Polymer===aI&&$wnd.Polymer.Element&&a instanceof $wnd.Polymer.Element;var c=a.constructor.polymerElementVersion!==undefined;return b||c}
function Bw(a,b,c,d){var e,f,g,h;h=Su(b,c);bB(h.a);if(h.c.length>0){f=Nc(a.cb());for(e=0;e<(bB(h.a),h.c.length);e++){g=Pc(h.c[e]);Jw(f,g,b,d)}}return wB(h,new Fw(a,b,d))}
function BF(a){var b;b=0;while(0<=(b=a.indexOf('\\',b))){MH(b+1,a.length);a.charCodeAt(b+1)==36?(a=a.substr(0,b)+'$'+xF(a,++b)):(a=a.substr(0,b)+(''+xF(a,++b)))}return a}
function Du(a){var b,c,d;if(!!a.a||!ov(a.g,a.d)){return false}if(PB(Tu(a,0),pJ)){d=NA(NB(Tu(a,0),pJ));if(Vc(d)){b=Nc(d);c=b[uI];return oF('@id',c)||oF(qJ,c)}}return false}
function wn(a,b){var c,d,e,f;jk('Loaded '+b.a);f=b.a;e=Mc(a.a.get(f));a.b.add(f);a.a.delete(f);if(e!=null&&e.length!=0){for(c=0;c<e.length;c++){d=Ic(e[c],24);!!d&&d.fb(b)}}}
function Av(a,b){if(a.f==b){debugger;throw Si(new pE('Inconsistent state tree updating status, expected '+(b?'no ':'')+' updates in progress.'))}a.f=b;Zl(Ic(vk(a.c,Yd),51))}
function vs(a){switch(a.g){case 0:ik&&($wnd.console.debug('Resynchronize from server requested'),undefined);a.g=1;return true;case 1:return true;case 2:default:return false;}}
function qb(a){var b;if(a.c==null){b=_c(a.b)===_c(ob)?null:a.b;a.d=b==null?gI:Vc(b)?tb(Nc(b)):Xc(b)?'String':yE(M(b));a.a=a.a+': '+(Vc(b)?sb(Nc(b)):b+'');a.c='('+a.d+') '+a.a}}
function yn(a,b,c){var d,e;d=new Tn(b);if(a.b.has(b)){!!c&&c.fb(d);return}if(Gn(b,c,a.a)){e=$doc.createElement(MI);e.textContent=b;e.type=zI;Hn(e,new Un(a),d);JD($doc.head,e)}}
function Tr(a){var b,c,d;for(b=0;b<a.g.length;b++){c=Ic(a.g[b],52);d=Ir(c.a);if(d!=-1&&d<a.f+1){ik&&PD($wnd.console,'Removing old message with id '+d);a.g.splice(b,1)[0];--b}}}
function fx(a,b,c){var d;if(!b.b){debugger;throw Si(new pE(EJ+b.e.d+II))}d=Tu(b.e,0);UA(NB(d,oJ),(sE(),sv(b.e)?true:false));Ox(a,b,c);return KA(NB(Tu(b.e,0),rI),new Gy(a,b,c))}
function Zi(){Yi={};!Array.isArray&&(Array.isArray=function(a){return Object.prototype.toString.call(a)===_H});function b(){return (new Date).getTime()}
!Date.now&&(Date.now=b)}
function Ov(a,b){var c,d,e,f,g,h;h=new $wnd.Set;e=b.length;for(d=0;d<e;d++){c=b[d];if(oF('attach',c[uI])){g=ad(_D(c[kJ]));if(g!=a.e.d){f=new $u(g,a);vv(a,f);h.add(f)}}}return h}
function eA(a,b){var c,d,e;if(!a.c.has(7)){debugger;throw Si(new oE)}if(cA.has(a)){return}cA.set(a,(sE(),true));d=Tu(a,7);e=NB(d,'text');c=new AC(new kA(b,e));Pu(a,new mA(a,c))}
function ko(a){var b=document.getElementsByTagName(a);for(var c=0;c<b.length;++c){var d=b[c];d.$server.disconnected=function(){};d.parentNode.replaceChild(d.cloneNode(false),d)}}
function eD(b,c,d){var e;try{return TE(b)}catch(a){a=Ri(a);if(Sc(a,8)){e=a;LF();c+' version parsing failed for: "'+b+'"\nWith userAgent: '+d+' '+e.w()}else throw Si(a)}return -1}
function Ur(a,b){a.j.delete(b);if(a.j.size==0){gj(a.c);if(a.g.length!=0){ik&&($wnd.console.debug('No more response handling locks, handling pending requests.'),undefined);Mr(a)}}}
function Hp(a){if(a.g==null){return false}if(!oF(a.g,UI)){return false}if(PB(Tu(Ic(vk(Ic(vk(a.d,Bf),37).a,cg),9).e,5),'alwaysXhrToServer')){return false}a.f==(kq(),hq);return true}
function Yt(a,b){if(Ic(vk(a.d,Ge),13).b!=($o(),Yo)){ik&&($wnd.console.warn('Trying to invoke method on not yet started or stopped application'),undefined);return}a.c[a.c.length]=b}
function jn(){if(typeof $wnd.Vaadin.Flow.gwtStatsEvents==ZH){delete $wnd.Vaadin.Flow.gwtStatsEvents;typeof $wnd.__gwtStatsEvent==aI&&($wnd.__gwtStatsEvent=function(){return true})}}
function Hb(b,c,d){var e,f;e=Fb();try{if(S){try{return Eb(b,c,d)}catch(a){a=Ri(a);if(Sc(a,5)){f=a;Mb(f,true);return undefined}else throw Si(a)}}else{return Eb(b,c,d)}}finally{Ib(e)}}
function yD(a,b){var c,d;if(b.length==0){return a}c=null;d=qF(a,AF(35));if(d!=-1){c=a.substr(d);a=a.substr(0,d)}a.indexOf('?')!=-1?(a+='&'):(a+='?');a+=b;c!=null&&(a+=''+c);return a}
function tn(a){var b;b=un();!b&&ik&&($wnd.console.error("Expected to find a 'Stylesheet end' comment inside <head> but none was found. Appending instead."),undefined);KD($doc.head,a,b)}
function bD(a,b){var c,d;c=b.indexOf(' crios/');if(c==-1){c=b.indexOf(' chrome/');c==-1?(c=b.indexOf(SJ)+16):(c+=8);d=hD(b,c);fD(a,iD(b,c,c+d),b)}else{c+=7;d=hD(b,c);fD(a,iD(b,c,c+d),b)}}
function SE(a){RE==null&&(RE=new RegExp('^\\s*[+-]?(NaN|Infinity|((\\d+\\.?\\d*)|(\\.\\d+))([eE][+-]?\\d+)?[dDfF]?)\\s*$'));if(!RE.test(a)){throw Si(new iF(_J+a+'"'))}return parseFloat(a)}
function zF(a){var b,c,d;c=a.length;d=0;while(d<c&&(MH(d,a.length),a.charCodeAt(d)<=32)){++d}b=c;while(b>d&&(MH(b-1,a.length),a.charCodeAt(b-1)<=32)){--b}return d>0||b<c?a.substr(d,b-d):a}
function vn(a,b){var c,d,e,f;fo((Ic(vk(a.c,Be),23),'Error loading '+b.a));f=b.a;e=Mc(a.a.get(f));a.a.delete(f);if(e!=null&&e.length!=0){for(c=0;c<e.length;c++){d=Ic(e[c],24);!!d&&d.eb(b)}}}
function St(a,b,c,d,e){var f;f={};f[uI]='publishedEventHandler';f[kJ]=aE(b.d);f['templateEventMethodName']=c;f['templateEventMethodArgs']=d;e!=-1&&(f['promise']=Object(e),undefined);Qt(a,f)}
function Kw(a,b,c,d){var e,f,g,h,i,j;if(PB(Tu(d,18),c)){f=[];e=Ic(vk(d.g.c,Vf),61);i=Pc(NA(NB(Tu(d,18),c)));g=Mc(uu(e,i));for(j=0;j<g.length;j++){h=Pc(g[j]);f[j]=Lw(a,b,d,h)}return f}return null}
function Nv(a,b){var c;if(!('featType' in a)){debugger;throw Si(new pE("Change doesn't contain feature type. Don't know how to populate feature"))}c=ad(_D(a[wJ]));$D(a['featType'])?Su(b,c):Tu(b,c)}
function AF(a){var b,c;if(a>=65536){b=55296+(a-65536>>10&1023)&65535;c=56320+(a-65536&1023)&65535;return String.fromCharCode(b)+(''+String.fromCharCode(c))}else{return String.fromCharCode(a&65535)}}
function Ib(a){a&&Sb((Qb(),Pb));--yb;if(yb<0){debugger;throw Si(new pE('Negative entryDepth value at exit '+yb))}if(a){if(yb!=0){debugger;throw Si(new pE('Depth not 0'+yb))}if(Cb!=-1){Nb(Cb);Cb=-1}}}
function us(a,b,c){var d,e,f,g,h,i,j,k;i={};d=Ic(vk(a.e,pf),22).b;oF(d,'init')||(i['csrfToken']=d,undefined);i['rpc']=b;if(c){for(f=(j=cE(c),j),g=0,h=f.length;g<h;++g){e=f[g];k=c[e];i[e]=k}}return i}
function jo(a,b,c,d,e,f){var g;if(b==null&&c==null&&d==null){Ic(vk(a.a,td),7).l?mo(a):ip(e);return}g=go(b,c,d,f);if(!Ic(vk(a.a,td),7).l){zD(g,'click',new Bo(e),false);zD($doc,'keydown',new Do(e),false)}}
function IC(a,b){var c,d,e,f;if(YD(b)==1){c=b;f=ad(_D(c[0]));switch(f){case 0:{e=ad(_D(c[1]));return d=e,Ic(a.a.get(d),6)}case 1:case 2:return null;default:throw Si(new XE(NJ+ZD(c)));}}else{return null}}
function kr(a){this.c=new lr(this);this.b=a;jr(this,Ic(vk(a,td),7).d);this.d=Ic(vk(a,td),7).h;this.d=yD(this.d,'v-r=heartbeat');this.d=yD(this.d,TI+(''+Ic(vk(a,td),7).k));Jo(Ic(vk(a,Ge),13),new qr(this))}
function oy(a,b,c,d,e){var f,g,h,i,j,k,l;f=false;for(i=0;i<c.length;i++){g=c[i];l=_D(g[0]);if(l==0){f=true;continue}k=new $wnd.Set;for(j=1;j<g.length;j++){k.add(g[j])}h=aw(dw(a,b,l),k,d,e);f=f|h}return f}
function Bn(a,b,c,d,e){var f,g,h;h=hp(b);f=new Tn(h);if(a.b.has(h)){!!c&&c.fb(f);return}if(Gn(h,c,a.a)){g=$doc.createElement(MI);g.src=h;g.type=e;g.async=false;g.defer=d;Hn(g,new Un(a),f);JD($doc.head,g)}}
function Lw(a,b,c,d){var e,f,g,h,i;if(!oF(d.substr(0,5),jJ)||oF('event.model.item',d)){return oF(d.substr(0,jJ.length),jJ)?(g=Rw(d),h=g(b,a),i={},i[FI]=aE(_D(h[FI])),i):Mw(c.a,d)}e=Rw(d);f=e(b,a);return f}
function Iq(a,b){if(a.b){Mq(a,(Yq(),Wq));if(Ic(vk(a.c,Gf),12).b){vt(Ic(vk(a.c,Gf),12));if(Hp(b)){ik&&($wnd.console.debug('Flush pending messages after PUSH reconnection.'),undefined);zs(Ic(vk(a.c,tf),16))}}}}
function Nq(a,b){var c;if(a.a==1){ik&&PD($wnd.console,'Immediate reconnect attempt for '+b);wq(a,b)}else{a.d=new Tq(a,b);hj(a.d,OA((c=Tu(Ic(vk(Ic(vk(a.c,Df),38).a,cg),9).e,9),NB(c,'reconnectInterval')),5000))}}
function Fb(){var a;if(yb<0){debugger;throw Si(new pE('Negative entryDepth value at entry '+yb))}if(yb!=0){a=xb();if(a-Bb>2000){Bb=a;Cb=$wnd.setTimeout(Ob,10)}}if(yb++==0){Rb((Qb(),Pb));return true}return false}
function eq(a){var b,c,d;if(a.a>=a.b.length){debugger;throw Si(new oE)}if(a.a==0){c=''+a.b.length+'|';b=4095-c.length;d=c+yF(a.b,0,$wnd.Math.min(a.b.length,b));a.a+=b}else{d=dq(a,a.a,a.a+4095);a.a+=4095}return d}
function Mr(a){var b,c,d,e;if(a.g.length==0){return false}e=-1;for(b=0;b<a.g.length;b++){c=Ic(a.g[b],52);if(Nr(a,Ir(c.a))){e=b;break}}if(e!=-1){d=Ic(a.g.splice(e,1)[0],52);Kr(a,d.a);return true}else{return false}}
function Cq(a,b){var c,d;c=b.status;ik&&SD($wnd.console,'Heartbeat request returned '+c);if(c==403){ho(Ic(vk(a.c,Be),23),null);d=Ic(vk(a.c,Ge),13);d.b!=($o(),Zo)&&Ko(d,Zo)}else if(c==404);else{zq(a,(Yq(),Vq),null)}}
function Qq(a,b){var c,d;c=b.b.status;ik&&SD($wnd.console,'Server returned '+c+' for xhr');if(c==401){vt(Ic(vk(a.c,Gf),12));ho(Ic(vk(a.c,Be),23),'');d=Ic(vk(a.c,Ge),13);d.b!=($o(),Zo)&&Ko(d,Zo);return}else{zq(a,(Yq(),Xq),b.a)}}
function jp(c){return JSON.stringify(c,function(a,b){if(b instanceof Node){throw 'Message JsonObject contained a dom node reference which should not be sent to the server and can cause a cyclic dependecy.'}return b})}
function _C(a){var b,c,d,e,f;f=a.indexOf('; cros ');if(f==-1){return}c=rF(a,AF(41),f);if(c==-1){return}b=c;while(b>=f&&(MH(b,a.length),a.charCodeAt(b)!=32)){--b}if(b==f){return}d=a.substr(b+1,c-(b+1));e=wF(d,GJ);aD(e,a)}
function dw(a,b,c){_v();var d,e,f;e=Oc($v.get(a),$wnd.Map);if(e==null){e=new $wnd.Map;$v.set(a,e)}f=Oc(e.get(b),$wnd.Map);if(f==null){f=new $wnd.Map;e.set(b,f)}d=Ic(f.get(c),79);if(!d){d=new cw(a,b,c);f.set(c,d)}return d}
function wu(a,b){var c,d,e,f,g,h;if(!b){debugger;throw Si(new oE)}for(d=(g=cE(b),g),e=0,f=d.length;e<f;++e){c=d[e];if(a.a.has(c)){debugger;throw Si(new oE)}h=b[c];if(!(!!h&&YD(h)!=5)){debugger;throw Si(new oE)}a.a.set(c,h)}}
function rv(a,b){var c;c=true;if(!b){ik&&($wnd.console.warn(sJ),undefined);c=false}else if(K(b.g,a)){if(!K(b,ov(a,b.d))){ik&&($wnd.console.warn(uJ),undefined);c=false}}else{ik&&($wnd.console.warn(tJ),undefined);c=false}return c}
function ys(a,b){if(a.b.a.length!=0){if(aJ in b){jk('Message not sent because already queued: '+ZD(b))}else{$F(a.b,b);jk('Message not sent because other messages are pending. Added to the queue: '+ZD(b))}return}$F(a.b,b);As(a,b)}
function Zw(a){var b,c,d,e,f;d=Su(a.e,2);d.b&&Gx(a.b);for(f=0;f<(bB(d.a),d.c.length);f++){c=Ic(d.c[f],6);e=Ic(vk(c.g.c,Wd),62);b=Ul(e,c.d);if(b){Vl(e,c.d);Yu(c,b);Yv(c)}else{b=Yv(c);zA(a.b).appendChild(b)}}return wB(d,new Ry(a))}
function WC(b,c,d){var e,f;try{rj(b,new YC(d));b.open('GET',c,true);b.send(null)}catch(a){a=Ri(a);if(Sc(a,32)){e=a;ik&&QD($wnd.console,e);jr(Ic(vk(d.a.a,_e),27),Ic(vk(d.a.a,td),7).d);f=e;fo(f.w());qj(b)}else throw Si(a)}return b}
function In(b){for(var c=0;c<$doc.styleSheets.length;c++){if($doc.styleSheets[c].href===b){var d=$doc.styleSheets[c];try{var e=d.cssRules;e===undefined&&(e=d.rules);if(e===null){return 1}return e.length}catch(a){return 1}}}return -1}
function bw(a){var b,c;if(a.f){iw(a.f);a.f=null}if(a.e){iw(a.e);a.e=null}b=Oc($v.get(a.c),$wnd.Map);if(b==null){return}c=Oc(b.get(a.d),$wnd.Map);if(c==null){return}c.delete(a.j);if(c.size==0){b.delete(a.d);b.size==0&&$v.delete(a.c)}}
function Jn(b,c,d,e){try{var f=c.cb();if(!(f instanceof $wnd.Promise)){throw new Error('The expression "'+b+'" result is not a Promise.')}f.then(function(a){d.J()},function(a){console.error(a);e.J()})}catch(a){console.error(a);e.J()}}
function ir(a){gj(a.c);if(a.a<0){ik&&($wnd.console.debug('Heartbeat terminated, skipping request'),undefined);return}ik&&($wnd.console.debug('Sending heartbeat request...'),undefined);VC(a.d,null,'text/plain; charset=utf-8',new nr(a))}
function cx(g,b,c){if(Cm(c)){g.Nb(b,c)}else if(Gm(c)){var d=g;try{var e=$wnd.customElements.whenDefined(c.localName);var f=new Promise(function(a){setTimeout(a,1000)});Promise.race([e,f]).then(function(){Cm(c)&&d.Nb(b,c)})}catch(a){}}}
function Fx(a,b,c){var d;d=aj(rz.prototype.db,rz,[]);c.forEach(aj(tz.prototype.hb,tz,[d]));b.c.forEach(d);b.d.forEach(aj(vz.prototype.db,vz,[]));a.forEach(aj(sy.prototype.hb,sy,[]));if(Sw==null){debugger;throw Si(new oE)}Sw.delete(b.e)}
function py(a,b,c,d,e,f){var g,h,i,j,k,l,m,n,o,p,q;o=true;g=false;for(j=(q=cE(c),q),k=0,l=j.length;k<l;++k){i=j[k];p=c[i];n=YD(p)==1;if(!n&&!p){continue}o=false;m=!!d&&$D(d[i]);if(n&&m){h='on-'+b+':'+i;m=oy(a,h,p,e,f)}g=g|m}return o||g}
function $i(a,b,c){var d=Yi,h;var e=d[a];var f=e instanceof Array?e[0]:null;if(e&&!f){_=e}else{_=(h=b&&b.prototype,!h&&(h=Yi[b]),bj(h));_.lc=c;!b&&(_.mc=dj);d[a]=_}for(var g=3;g<arguments.length;++g){arguments[g].prototype=_}f&&(_.kc=f)}
function rm(a,b){var c,d,e,f,g,h,i,j;c=a.a;e=a.c;i=a.d.length;f=Ic(a.e,29).e;j=wm(f);if(!j){qk(GI+f.d+HI);return}d=[];c.forEach(aj(fn.prototype.hb,fn,[d]));if(Cm(j.a)){g=ym(j,f,null);if(g!=null){Jm(j.a,g,e,i,d);return}}h=Mc(b);wA(h,e,i,d)}
function fD(a,b,c){var d,e,f,g;d=qF(b,AF(46));d<0&&(d=b.length);f=iD(b,0,d);a.b=eD(f,'Browser major',c);if(a.b==-1){return}e=rF(b,AF(46),d+1);if(e<0){if(b.substr(d).length==0){return}e=b.length}g=uF(iD(b,d+1,e),'');eD(g,'Browser minor',c)}
function XC(b,c,d,e,f){var g;try{rj(b,new YC(f));b.open('POST',c,true);b.setRequestHeader('Content-type',e);b.withCredentials=true;b.send(d)}catch(a){a=Ri(a);if(Sc(a,32)){g=a;ik&&QD($wnd.console,g);f.nb(b,g);qj(b)}else throw Si(a)}return b}
function vm(a,b){var c,d,e;c=a;for(d=0;d<b.length;d++){e=b[d];c=um(c,ad(XD(e)))}if(c){return c}else !c?ik&&SD($wnd.console,"There is no element addressed by the path '"+b+"'"):ik&&SD($wnd.console,'The node addressed by path '+b+II);return null}
function Yr(b){var c,d;if(b==null){return null}d=hn.mb();try{c=JSON.parse(b);jk('JSON parsing took '+(''+ln(hn.mb()-d,3))+'ms');return c}catch(a){a=Ri(a);if(Sc(a,8)){ik&&QD($wnd.console,'Unable to parse JSON: '+b);return null}else throw Si(a)}}
function vv(a,b){var c;if(b.g!=a){debugger;throw Si(new oE)}if(b.i){debugger;throw Si(new pE("Can't re-register a node"))}c=b.d;if(a.a.has(c)){debugger;throw Si(new pE('Node '+c+' is already registered'))}a.a.set(c,b);a.f&&bm(Ic(vk(a.c,Yd),51),b)}
function KE(a){if(a.$b()){var b=a.c;b._b()?(a.i='['+b.h):!b.$b()?(a.i='[L'+b.Yb()+';'):(a.i='['+b.Yb());a.b=b.Xb()+'[]';a.g=b.Zb()+'[]';return}var c=a.f;var d=a.d;d=d.split('/');a.i=NE('.',[c,NE('$',d)]);a.b=NE('.',[c,NE('.',d)]);a.g=d[d.length-1]}
function Cp(a){var b,c;c=ep(Ic(vk(a.d,He),50),a.h);c=yD(c,'v-r=push');c=yD(c,TI+(''+Ic(vk(a.d,td),7).k));b=Ic(vk(a.d,pf),22).h;b!=null&&(c=yD(c,'v-pushId='+b));ik&&($wnd.console.debug('Establishing push connection'),undefined);a.c=c;a.e=Ep(a,c,a.a)}
function yC(){var a,b;if(uC){return}tC==null&&(tC=[]);vC==null&&(vC=[]);a=0;b=0;try{uC=true;while(a<tC.length||b<vC.length){while(a<tC.length){Ic(tC[a],15).gb();++a}if(b<vC.length){Ic(vC[b],15).gb();++b}}}finally{uC=false;tC.splice(0,a);vC.splice(0,b)}}
function hu(a,b){var c,d,e;d=new nu(a);d.a=b;mu(d,hn.mb());c=jp(b);e=VC(yD(yD(Ic(vk(a.a,td),7).h,'v-r=uidl'),TI+(''+Ic(vk(a.a,td),7).k)),c,WI,d);ik&&PD($wnd.console,'Sending xhr message to server: '+c);a.b&&(!ck&&(ck=new ek),ck).a.m&&hj(new ku(a,e),250)}
function kx(b,c,d){var e,f,g;if(!c){return -1}try{g=zA(Nc(c));while(g!=null){f=pv(b,g);if(f){return f.d}g=zA(g.parentNode)}}catch(a){a=Ri(a);if(Sc(a,8)){e=a;jk(FJ+c+', returned by an event data expression '+d+'. Error: '+e.w())}else throw Si(a)}return -1}
function Nw(f){var e='}p';Object.defineProperty(f,e,{value:function(a,b,c){var d=this[e].promises[a];if(d!==undefined){delete this[e].promises[a];b?d[0](c):d[1](Error('Something went wrong. Check server-side logs for more information.'))}}});f[e].promises=[]}
function Zu(a){var b,c;if(ov(a.g,a.d)){debugger;throw Si(new pE('Node should no longer be findable from the tree'))}if(a.i){debugger;throw Si(new pE('Node is already unregistered'))}a.i=true;c=new Nu;b=qA(a.h);b.forEach(aj(ev.prototype.hb,ev,[c]));a.h.clear()}
function zn(a,b,c){var d,e;d=new Tn(b);if(a.b.has(b)){!!c&&c.fb(d);return}if(Gn(b,c,a.a)){e=$doc.createElement('style');e.textContent=b;e.type='text/css';(!ck&&(ck=new ek),ck).a.k||fk()||(!ck&&(ck=new ek),ck).a.j?hj(new On(a,b,d),5000):Hn(e,new Qn(a),d);tn(e)}}
function Xv(a){Vv();var b,c,d;b=null;for(c=0;c<Uv.length;c++){d=Ic(Uv[c],314);if(d.Lb(a)){if(b){debugger;throw Si(new pE('Found two strategies for the node : '+M(b)+', '+M(d)))}b=d}}if(!b){throw Si(new XE('State node has no suitable binder strategy'))}return b}
function OH(a,b){var c,d,e,f;a=a;c=new HF;f=0;d=0;while(d<b.length){e=a.indexOf('%s',f);if(e==-1){break}FF(c,a.substr(f,e-f));EF(c,b[d++]);f=e+2}FF(c,a.substr(f));if(d<b.length){c.a+=' [';EF(c,b[d++]);while(d<b.length){c.a+=', ';EF(c,b[d++])}c.a+=']'}return c.a}
function NC(b,c){var d,e,f,g,h,i;try{++b.b;h=(e=PC(b,c.M()),e);d=null;for(i=0;i<h.length;i++){g=h[i];try{c.L(g)}catch(a){a=Ri(a);if(Sc(a,8)){f=a;d==null&&(d=[]);d[d.length]=f}else throw Si(a)}}if(d!=null){throw Si(new mb(Ic(d[0],5)))}}finally{--b.b;b.b==0&&QC(b)}}
function Kb(g){Db();function h(a,b,c,d,e){if(!e){e=a+' ('+b+':'+c;d&&(e+=':'+d);e+=')'}var f=ib(e);Mb(f,false)}
;function i(a){var b=a.onerror;if(b&&!g){return}a.onerror=function(){h.apply(this,arguments);b&&b.apply(this,arguments);return false}}
i($wnd);i(window)}
function MA(a,b){var c,d,e;c=(bB(a.a),a.c?(bB(a.a),a.h):null);(_c(b)===_c(c)||b!=null&&K(b,c))&&(a.d=false);if(!((_c(b)===_c(c)||b!=null&&K(b,c))&&(bB(a.a),a.c))&&!a.d){d=a.e.e;e=d.g;if(qv(e,d)){LA(a,b);return new oB(a,e)}else{$A(a.a,new sB(a,c,c));yC()}}return IA}
function YD(a){var b;if(a===null){return 5}b=typeof a;if(oF('string',b)){return 2}else if(oF('number',b)){return 3}else if(oF('boolean',b)){return 4}else if(oF(ZH,b)){return Object.prototype.toString.apply(a)===_H?1:0}debugger;throw Si(new pE('Unknown Json Type'))}
function Qv(a,b){var c,d,e,f,g;if(a.f){debugger;throw Si(new pE('Previous tree change processing has not completed'))}try{Av(a,true);f=Ov(a,b);e=b.length;for(d=0;d<e;d++){c=b[d];if(!oF('attach',c[uI])){g=Pv(a,c);!!g&&f.add(g)}}return f}finally{Av(a,false);a.d=false}}
function vt(a){if(!a.b){throw Si(new YE('endRequest called when no request is active'))}a.b=false;(Ic(vk(a.c,Ge),13).b==($o(),Yo)&&Ic(vk(a.c,Of),36).b||Ic(vk(a.c,tf),16).g==1||Ic(vk(a.c,tf),16).b.a.length!=0)&&zs(Ic(vk(a.c,tf),16));Fo((Qb(),Pb),new At(a));wt(a,new Gt)}
function nx(a,b){var c,d,e,f,g,h;f=b.b;if(a.b){zB(Su(b.e,2))==0?Gx(f):Hx(b)}else{h=a.d;for(g=0;g<h.length;g++){e=Ic(h[g],6);d=e.a;if(!d){debugger;throw Si(new pE("Can't find element to remove"))}zA(d).parentNode==f&&zA(f).removeChild(d)}}c=a.a;c.length==0||Uw(a.c,b,c)}
function Dp(a,b){if(!b){debugger;throw Si(new oE)}switch(a.f.c){case 0:a.f=(kq(),jq);a.b=b;break;case 1:ik&&($wnd.console.debug('Closing push connection'),undefined);Pp(a.c);a.f=(kq(),iq);b.D();break;case 2:case 3:throw Si(new YE('Can not disconnect more than once'));}}
function Xw(a){var b,c,d,e,f;c=Tu(a.e,20);f=Ic(NA(NB(c,DJ)),6);if(f){b=new $wnd.Function(CJ,"if ( element.shadowRoot ) { return element.shadowRoot; } else { return element.attachShadow({'mode' : 'open'});}");e=Nc(b.call(null,a.b));!f.a&&Yu(f,e);d=new wy(f,e,a.a);Zw(d)}}
function qm(a,b,c){var d,e,f,g,h,i;f=b.f;if(f.c.has(1)){h=zm(b);if(h==null){return null}c.push(h)}else if(f.c.has(16)){e=xm(b);if(e==null){return null}c.push(e)}if(!K(f,a)){return qm(a,f,c)}g=new GF;i='';for(d=c.length-1;d>=0;d--){FF((g.a+=i,g),Pc(c[d]));i='.'}return g.a}
function Np(a,b){var c,d,e,f,g;if(Rp()){Kp(b.a)}else{f=(Ic(vk(a.d,td),7).f?(e='VAADIN/static/push/vaadinPush-min.js'):(e='VAADIN/static/push/vaadinPush.js'),e);ik&&PD($wnd.console,'Loading '+f);d=Ic(vk(a.d,te),60);g=Ic(vk(a.d,td),7).h+f;c=new aq(a,f,b);Bn(d,g,c,false,zI)}}
function JC(a,b){var c,d,e,f,g,h;if(YD(b)==1){c=b;h=ad(_D(c[0]));switch(h){case 0:{g=ad(_D(c[1]));d=(f=g,Ic(a.a.get(f),6)).a;return d}case 1:return e=Mc(c[1]),e;case 2:return HC(ad(_D(c[1])),ad(_D(c[2])),Ic(vk(a.c,Kf),33));default:throw Si(new XE(NJ+ZD(c)));}}else{return b}}
function Jr(a,b){var c,d,e,f,g;ik&&($wnd.console.debug('Handling dependencies'),undefined);c=new $wnd.Map;for(e=(vD(),Dc(xc(Hh,1),dI,44,0,[tD,sD,uD])),f=0,g=e.length;f<g;++f){d=e[f];bE(b,d.b!=null?d.b:''+d.c)&&c.set(d,b[d.b!=null?d.b:''+d.c])}c.size==0||Zk(Ic(vk(a.i,Td),72),c)}
function Rv(a,b){var c,d,e,f,g;f=Mv(a,b);if(CI in a){e=a[CI];g=e;UA(f,g)}else if('nodeValue' in a){d=ad(_D(a['nodeValue']));c=ov(b.g,d);if(!c){debugger;throw Si(new oE)}c.f=b;UA(f,c)}else{debugger;throw Si(new pE('Change should have either value or nodeValue property: '+jp(a)))}}
function VH(a){var b,c,d,e;b=0;d=a.length;e=d-4;c=0;while(c<e){b=(MH(c+3,a.length),a.charCodeAt(c+3)+(MH(c+2,a.length),31*(a.charCodeAt(c+2)+(MH(c+1,a.length),31*(a.charCodeAt(c+1)+(MH(c,a.length),31*(a.charCodeAt(c)+31*b)))))));b=b|0;c+=4}while(c<d){b=b*31+nF(a,c++)}b=b|0;return b}
function Lp(a,b){a.g=b[VI];switch(a.f.c){case 0:a.f=(kq(),gq);Iq(Ic(vk(a.d,Re),18),a);break;case 2:a.f=(kq(),gq);if(!a.b){debugger;throw Si(new oE)}Dp(a,a.b);break;case 1:break;default:throw Si(new YE('Got onOpen event when connection state is '+a.f+'. This should never happen.'));}}
function rp(){np();if(lp||!($wnd.Vaadin.Flow!=null)){ik&&($wnd.console.warn('vaadinBootstrap.js was not loaded, skipping vaadin application configuration.'),undefined);return}lp=true;$wnd.performance&&typeof $wnd.performance.now==aI?(hn=new on):(hn=new mn);jn();up((Db(),$moduleName))}
function $b(b,c){var d,e,f,g;if(!b){debugger;throw Si(new pE('tasks'))}for(e=0,f=b.length;e<f;e++){if(b.length!=f){debugger;throw Si(new pE(jI+b.length+' != '+f))}g=b[e];try{g[1]?g[0].C()&&(c=Zb(c,g)):g[0].D()}catch(a){a=Ri(a);if(Sc(a,5)){d=a;Db();Mb(d,true)}else throw Si(a)}}return c}
function Au(a,b){var c,d,e,f,g,h,i,j,k,l;l=Ic(vk(a.a,cg),9);g=b.length-1;i=zc(ni,dI,2,g+1,6,1);j=[];e=new $wnd.Map;for(d=0;d<g;d++){h=b[d];f=JC(l,h);j.push(f);i[d]='$'+d;k=IC(l,h);if(k){if(Du(k)||!Cu(a,k)){Ou(k,new Hu(a,b));return}e.set(f,k)}}c=b[b.length-1];i[i.length-1]=c;Bu(a,i,j,e)}
function Ox(a,b,c){var d,e;if(!b.b){debugger;throw Si(new pE(EJ+b.e.d+II))}e=Tu(b.e,0);d=b.b;if(ny(b.e)&&sv(b.e)){Fx(a,b,c);wC(new Iy(d,e,b))}else if(sv(b.e)){UA(NB(e,oJ),(sE(),true));Kx(d,e)}else{Lx(d,e);ry(Ic(vk(e.e.g.c,td),7),d,HJ,(sE(),rE));Bm(d)&&(d.style.display='none',undefined)}}
function W(d,b){if(b instanceof Object){try{b.__java$exception=d;if(navigator.userAgent.toLowerCase().indexOf('msie')!=-1&&$doc.documentMode<9){return}var c=d;Object.defineProperties(b,{cause:{get:function(){var a=c.v();return a&&a.t()}},suppressed:{get:function(){return c.u()}}})}catch(a){}}}
function aw(a,b,c,d){var e;e=b.has('leading')&&!a.e&&!a.f;if(!e&&(b.has(zJ)||b.has(AJ))){a.b=c;a.a=d;!b.has(AJ)&&(!a.e||a.i==null)&&(a.i=d);a.g=null;a.h=null}if(b.has('leading')||b.has(zJ)){!a.e&&(a.e=new mw(a));iw(a.e);jw(a.e,ad(a.j))}if(!a.f&&b.has(AJ)){a.f=new ow(a,b);kw(a.f,ad(a.j))}return e}
function xn(a){var b,c,d,e,f,g,h,i,j,k;b=$doc;j=b.getElementsByTagName(MI);for(f=0;f<j.length;f++){c=j.item(f);k=c.src;k!=null&&k.length!=0&&a.b.add(k)}h=b.getElementsByTagName('link');for(e=0;e<h.length;e++){g=h.item(e);i=g.rel;d=g.href;(pF(NI,i)||pF('import',i))&&d!=null&&d.length!=0&&a.b.add(d)}}
function Hn(a,b,c){a.onload=YH(function(){a.onload=null;a.onerror=null;a.onreadystatechange=null;b.fb(c)});a.onerror=YH(function(){a.onload=null;a.onerror=null;a.onreadystatechange=null;b.eb(c)});a.onreadystatechange=function(){('loaded'===a.readyState||'complete'===a.readyState)&&a.onload(arguments[0])}}
function Cn(a,b,c){var d,e,f;f=hp(b);d=new Tn(f);if(a.b.has(f)){!!c&&c.fb(d);return}if(Gn(f,c,a.a)){e=$doc.createElement('link');e.rel=NI;e.type='text/css';e.href=f;if((!ck&&(ck=new ek),ck).a.k||fk()){ac((Qb(),new Kn(a,f,d)),10)}else{Hn(e,new Xn(a,f),d);(!ck&&(ck=new ek),ck).a.j&&hj(new Mn(a,f,d),5000)}tn(e)}}
function vq(a){var b,c,d,e;PA((c=Tu(Ic(vk(Ic(vk(a.c,Df),38).a,cg),9).e,9),NB(c,$I)))!=null&&gk('reconnectingText',PA((d=Tu(Ic(vk(Ic(vk(a.c,Df),38).a,cg),9).e,9),NB(d,$I))));PA((e=Tu(Ic(vk(Ic(vk(a.c,Df),38).a,cg),9).e,9),NB(e,_I)))!=null&&gk('offlineText',PA((b=Tu(Ic(vk(Ic(vk(a.c,Df),38).a,cg),9).e,9),NB(b,_I))))}
function Nx(a,b){var c,d,e,f,g,h;c=a.f;d=b.style;bB(a.a);if(a.c){h=(bB(a.a),Pc(a.h));e=false;if(h.indexOf('!important')!=-1){f=MD($doc,b.tagName);g=f.style;g.cssText=c+': '+h+';';if(oF('important',DD(f.style,c))){GD(d,c,ED(f.style,c),'important');e=true}}e||(d.setProperty(c,h),undefined)}else{d.removeProperty(c)}}
function Kj(f,b,c){var d=f;var e=$wnd.Vaadin.Flow.clients[b];e.isActive=YH(function(){return d.T()});e.getVersionInfo=YH(function(a){return {'flow':c}});e.debug=YH(function(){var a=d.a;return a.ab().Hb().Eb()});e.getNodeInfo=YH(function(a){return {element:d.P(a),javaClass:d.R(a),hiddenByServer:d.U(a),styles:d.Q(a)}})}
function Mx(a,b){var c,d,e,f,g;d=a.f;bB(a.a);if(a.c){f=(bB(a.a),a.h);c=b[d];e=a.g;g=tE(Jc(wG(vG(e,new Ny(f)),(sE(),true))));g&&(c===undefined||!(_c(c)===_c(f)||c!=null&&K(c,f)||c==f))&&zC(null,new Py(b,d,f))}else Object.prototype.hasOwnProperty.call(b,d)?(delete b[d],undefined):(b[d]=null,undefined);a.g=(uG(),uG(),tG)}
function zs(a){var b;if(Ic(vk(a.e,Ge),13).b!=($o(),Yo)){ik&&($wnd.console.warn('Trying to send RPC from not yet started or stopped application'),undefined);return}b=Ic(vk(a.e,Gf),12).b;b||!!a.c&&!Gp(a.c)?ik&&PD($wnd.console,'Postpone sending invocations to server because of '+(b?'active request':'PUSH not active')):rs(a)}
function um(a,b){var c,d,e,f,g;c=zA(a).children;e=-1;for(f=0;f<c.length;f++){g=c.item(f);if(!g){debugger;throw Si(new pE('Unexpected element type in the collection of children. DomElement::getChildren is supposed to return Element chidren only, but got '+Qc(g)))}d=g;pF('style',d.tagName)||++e;if(e==b){return g}}return null}
function Uw(a,b,c){var d,e,f,g,h,i,j,k;j=Su(b.e,2);if(a==0){d=Wx(j,b.b)}else if(a<=(bB(j.a),j.c.length)&&a>0){k=mx(a,b);d=!k?null:zA(k.a).nextSibling}else{d=null}for(g=0;g<c.length;g++){i=c[g];h=Ic(i,6);f=Ic(vk(h.g.c,Wd),62);e=Ul(f,h.d);if(e){Vl(f,h.d);Yu(h,e);Yv(h)}else{e=Yv(h);zA(b.b).insertBefore(e,d)}d=zA(e).nextSibling}}
function lx(b,c){var d,e,f,g,h;if(!c){return -1}try{h=zA(Nc(c));f=[];f.push(b);for(e=0;e<f.length;e++){g=Ic(f[e],6);if(h.isSameNode(g.a)){return g.d}yB(Su(g,2),aj(Rz.prototype.hb,Rz,[f]))}h=zA(h.parentNode);return Zx(f,h)}catch(a){a=Ri(a);if(Sc(a,8)){d=a;jk(FJ+c+', which was the event.target. Error: '+d.w())}else throw Si(a)}return -1}
function Hr(a){if(a.j.size==0){qk('Gave up waiting for message '+(a.f+1)+' from the server')}else{ik&&($wnd.console.warn('WARNING: reponse handling was never resumed, forcibly removing locks...'),undefined);a.j.clear()}if(!Mr(a)&&a.g.length!=0){oA(a.g);vs(Ic(vk(a.i,tf),16));Ic(vk(a.i,Gf),12).b&&vt(Ic(vk(a.i,Gf),12));xs(Ic(vk(a.i,tf),16))}}
function Vk(a,b,c){var d,e;e=Ic(vk(a.a,te),60);d=c==(vD(),tD);switch(b.c){case 0:if(d){return new el(e)}return new jl(e);case 1:if(d){return new ol(e)}return new El(e);case 2:if(d){throw Si(new XE('Inline load mode is not supported for JsModule.'))}return new Gl(e);case 3:return new ql;default:throw Si(new XE('Unknown dependency type '+b));}}
function Rr(b,c){var d,e,f,g;f=Ic(vk(b.i,cg),9);g=Qv(f,c['changes']);if(!Ic(vk(b.i,td),7).f){try{d=Ru(f.e);ik&&($wnd.console.debug('StateTree after applying changes:'),undefined);ik&&PD($wnd.console,d)}catch(a){a=Ri(a);if(Sc(a,8)){e=a;ik&&($wnd.console.error('Failed to log state tree'),undefined);ik&&QD($wnd.console,e)}else throw Si(a)}}xC(new ns(g))}
function Jw(n,k,l,m){Iw();n[k]=YH(function(c){var d=Object.getPrototypeOf(this);d[k]!==undefined&&d[k].apply(this,arguments);var e=c||$wnd.event;var f=l.Fb();var g=Kw(this,e,k,l);g===null&&(g=Array.prototype.slice.call(arguments));var h;var i=-1;if(m){var j=this['}p'].promises;i=j.length;h=new Promise(function(a,b){j[i]=[a,b]})}f.Ib(l,k,g,i);return h})}
function Uk(a,b,c){var d,e,f,g,h;f=new $wnd.Map;for(e=0;e<c.length;e++){d=c[e];h=(nD(),Wo((rD(),qD),d[uI]));g=Vk(a,h,b);if(h==jD){$k(d['url'],g)}else{switch(b.c){case 1:$k(ep(Ic(vk(a.a,He),50),d['url']),g);break;case 2:f.set(ep(Ic(vk(a.a,He),50),d['url']),g);break;case 0:$k(d['contents'],g);break;default:throw Si(new XE('Unknown load mode = '+b));}}}return f}
function As(a,b){aJ in b||(b[aJ]=aE(Ic(vk(a.e,pf),22).f),undefined);eJ in b||(b[eJ]=aE(a.a++),undefined);Ic(vk(a.e,Gf),12).b||yt(Ic(vk(a.e,Gf),12));if(!!a.c&&Hp(a.c)){ik&&($wnd.console.debug('send PUSH'),undefined);a.d=b;Mp(a.c,b)}else{ik&&($wnd.console.debug('send XHR'),undefined);ws(a);hu(Ic(vk(a.e,Uf),59),b);a.f=new Hs(a,b);hj(a.f,Ic(vk(a.e,td),7).e+500)}}
function mo(a){var b,c;if(a.b){ik&&($wnd.console.debug('Web components resynchronization already in progress'),undefined);return}a.b=true;b=Ic(vk(a.a,td),7).h+'web-component/web-component-bootstrap.js';jr(Ic(vk(a.a,_e),27),-1);bt(NA(NB(Tu(Ic(vk(Ic(vk(a.a,Bf),37).a,cg),9).e,5),OI)))&&Es(Ic(vk(a.a,tf),16),false);c=yD(b,'v-r=webcomponent-resync');UC(c,new so(a))}
function wF(a,b){var c,d,e,f,g,h,i,j;c=new RegExp(b,'g');i=zc(ni,dI,2,0,6,1);d=0;j=a;f=null;while(true){h=c.exec(j);if(h==null||j==''){i[d]=j;break}else{g=h.index;i[d]=j.substr(0,g);j=yF(j,g+h[0].length,j.length);c.lastIndex=0;if(f==j){i[d]=j.substr(0,1);j=j.substr(1)}f=j;++d}}if(a.length>0){e=i.length;while(e>0&&i[e-1]==''){--e}e<i.length&&(i.length=e)}return i}
function TE(a){var b,c,d,e,f;if(a==null){throw Si(new iF(gI))}d=a.length;e=d>0&&(MH(0,a.length),a.charCodeAt(0)==45||(MH(0,a.length),a.charCodeAt(0)==43))?1:0;for(b=e;b<d;b++){if(vE((MH(b,a.length),a.charCodeAt(b)))==-1){throw Si(new iF(_J+a+'"'))}}f=parseInt(a,10);c=f<-2147483648;if(isNaN(f)){throw Si(new iF(_J+a+'"'))}else if(c||f>2147483647){throw Si(new iF(_J+a+'"'))}return f}
function Px(a,b,c,d){var e,f,g,h,i;i=Su(a,24);for(f=0;f<(bB(i.a),i.c.length);f++){e=Ic(i.c[f],6);if(e==b){continue}if(oF((h=Tu(b,0),ZD(Nc(NA(NB(h,pJ))))),(g=Tu(e,0),ZD(Nc(NA(NB(g,pJ))))))){qk('There is already a request to attach element addressed by the '+d+". The existing request's node id='"+e.d+"'. Cannot attach the same element twice.");yv(b.g,a,b.d,e.d,c);return false}}return true}
function wc(a,b){var c;switch(yc(a)){case 6:return Xc(b);case 7:return Uc(b);case 8:return Tc(b);case 3:return Array.isArray(b)&&(c=yc(b),!(c>=14&&c<=16));case 11:return b!=null&&Yc(b);case 12:return b!=null&&(typeof b===ZH||typeof b==aI);case 0:return Hc(b,a.__elementTypeId$);case 2:return Zc(b)&&!(b.mc===dj);case 1:return Zc(b)&&!(b.mc===dj)||Hc(b,a.__elementTypeId$);default:return true;}}
function Il(b,c){if(document.body.$&&document.body.$.hasOwnProperty&&document.body.$.hasOwnProperty(c)){return document.body.$[c]}else if(b.shadowRoot){return b.shadowRoot.getElementById(c)}else if(b.getElementById){return b.getElementById(c)}else if(c&&c.match('^[a-zA-Z0-9-_]*$')){return b.querySelector('#'+c)}else{return Array.from(b.querySelectorAll('[id]')).find(function(a){return a.id==c})}}
function Mp(a,b){var c,d;if(!Hp(a)){throw Si(new YE('This server to client push connection should not be used to send client to server messages'))}if(a.f==(kq(),gq)){d=jp(b);jk('Sending push ('+a.g+') message to server: '+d);if(oF(a.g,UI)){c=new fq(d);while(c.a<c.b.length){Fp(a.e,eq(c))}}else{Fp(a.e,d)}return}if(a.f==hq){Hq(Ic(vk(a.d,Re),18),b);return}throw Si(new YE('Can not push after disconnecting'))}
function wq(a,b){if(Ic(vk(a.c,Ge),13).b!=($o(),Yo)){ik&&($wnd.console.warn('Trying to reconnect after application has been stopped. Giving up'),undefined);return}if(b){ik&&($wnd.console.debug('Trying to re-establish server connection (UIDL)...'),undefined);wt(Ic(vk(a.c,Gf),12),new qt(a.a))}else{ik&&($wnd.console.debug('Trying to re-establish server connection (heartbeat)...'),undefined);ir(Ic(vk(a.c,_e),27))}}
function zq(a,b,c){var d;if(Ic(vk(a.c,Ge),13).b!=($o(),Yo)){return}hk('reconnecting');if(a.b){if(Zq(b,a.b)){ik&&SD($wnd.console,'Now reconnecting because of '+b+' failure');a.b=b}}else{a.b=b;ik&&SD($wnd.console,'Reconnecting because of '+b+' failure')}if(a.b!=b){return}++a.a;jk('Reconnect attempt '+a.a+' for '+b);a.a>=OA((d=Tu(Ic(vk(Ic(vk(a.c,Df),38).a,cg),9).e,9),NB(d,'reconnectAttempts')),10000)?xq(a):Nq(a,c)}
function Kl(a,b,c,d){var e,f,g,h,i,j,k,l,m,n,o,p,q,r;j=null;g=zA(a.a).childNodes;o=new $wnd.Map;e=!b;i=-1;for(m=0;m<g.length;m++){q=Nc(g[m]);o.set(q,bF(m));K(q,b)&&(e=true);if(e&&!!q&&pF(c,q.tagName)){j=q;i=m;break}}if(!j){xv(a.g,a,d,-1,c,-1)}else{p=Su(a,2);k=null;f=0;for(l=0;l<(bB(p.a),p.c.length);l++){r=Ic(p.c[l],6);h=r.a;n=Ic(o.get(h),26);!!n&&n.a<i&&++f;if(K(h,j)){k=bF(r.d);break}}k=Ll(a,d,j,k);xv(a.g,a,d,k.a,j.tagName,f)}}
function Cs(a,b,c){if(b==a.a){!!a.d&&ad(_D(a.d[eJ]))<b&&(a.d=null);if(a.b.a.length!=0){if(_D(Nc(_F(a.b,0))[eJ])+1==b){bG(a.b);ws(a)}}return}if(c){jk('Forced update of clientId to '+a.a);a.a=b;a.b.a=zc(ii,dI,1,0,5,1);ws(a);return}if(b>a.a){a.a==0?ik&&PD($wnd.console,'Updating client-to-server id to '+b+' based on server'):qk('Server expects next client-to-server id to be '+b+' but we were going to use '+a.a+'. Will use '+b+'.');a.a=b}}
function Sv(a,b){var c,d,e,f,g,h,i,j,k,l,m,n,o,p,q;n=ad(_D(a[wJ]));m=Su(b,n);i=ad(_D(a['index']));xJ in a?(o=ad(_D(a[xJ]))):(o=0);if('add' in a){d=a['add'];c=(j=Mc(d),j);BB(m,i,o,c)}else if('addNodes' in a){e=a['addNodes'];l=e.length;c=[];q=b.g;for(h=0;h<l;h++){g=ad(_D(e[h]));f=(k=g,Ic(q.a.get(k),6));if(!f){debugger;throw Si(new pE('No child node found with id '+g))}f.f=b;c[h]=f}BB(m,i,o,c)}else{p=m.c.splice(i,o);$A(m.a,new GA(m,i,p,[],false))}}
function Pv(a,b){var c,d,e,f,g,h,i;g=b[uI];e=ad(_D(b[kJ]));d=(c=e,Ic(a.a.get(c),6));if(!d&&a.d){return d}if(!d){debugger;throw Si(new pE('No attached node found'))}switch(g){case 'empty':Nv(b,d);break;case 'splice':Sv(b,d);break;case 'put':Rv(b,d);break;case xJ:f=Mv(b,d);TA(f);break;case 'detach':Bv(d.g,d);d.f=null;break;case 'clear':h=ad(_D(b[wJ]));i=Su(d,h);xB(i);break;default:{debugger;throw Si(new pE('Unsupported change type: '+g))}}return d}
function pm(a){var b,c,d,e,f;if(Sc(a,6)){e=Ic(a,6);d=null;if(e.c.has(1)){d=Tu(e,1)}else if(e.c.has(16)){d=Su(e,16)}else if(e.c.has(23)){return pm(NB(Tu(e,23),CI))}if(!d){debugger;throw Si(new pE("Don't know how to convert node without map or list features"))}b=d.Tb(new Lm);if(!!b&&!(FI in b)){b[FI]=aE(e.d);Hm(e,d,b)}return b}else if(Sc(a,17)){f=Ic(a,17);if(f.e.d==23){return pm((bB(f.a),f.h))}else{c={};c[f.f]=pm((bB(f.a),f.h));return c}}else{return a}}
function Ep(f,c,d){var e=f;d.url=c;d.onOpen=YH(function(a){e.wb(a)});d.onReopen=YH(function(a){e.yb(a)});d.onMessage=YH(function(a){e.vb(a)});d.onError=YH(function(a){e.ub(a)});d.onTransportFailure=YH(function(a,b){e.zb(a)});d.onClose=YH(function(a){e.tb(a)});d.onReconnect=YH(function(a,b){e.xb(a,b)});d.onClientTimeout=YH(function(a){e.sb(a)});d.headers={'X-Vaadin-LastSeenServerSyncId':function(){return e.rb()}};return $wnd.vaadinPush.atmosphere.subscribe(d)}
function zu(h,e,f){var g={};g.getNode=YH(function(a){var b=e.get(a);if(b==null){throw new ReferenceError('There is no a StateNode for the given argument.')}return b});g.$appId=h.Db().replace(/-\d+$/,'');g.registry=h.a;g.attachExistingElement=YH(function(a,b,c,d){Kl(g.getNode(a),b,c,d)});g.populateModelProperties=YH(function(a,b){Nl(g.getNode(a),b)});g.registerUpdatableModelProperties=YH(function(a,b){Pl(g.getNode(a),b)});g.stopApplication=YH(function(){f.J()});return g}
function ry(a,b,c,d){var e,f,g,h,i;if(d==null||Xc(d)){kp(b,c,Pc(d))}else{f=d;if(0==YD(f)){g=f;if(!('uri' in g)){debugger;throw Si(new pE("Implementation error: JsonObject is recieved as an attribute value for '"+c+"' but it has no "+'uri'+' key'))}i=g['uri'];if(a.l&&!i.match(/^(?:[a-zA-Z]+:)?\/\//)){e=a.h;e=(h='/'.length,oF(e.substr(e.length-h,h),'/')?e:e+'/');zA(b).setAttribute(c,e+(''+i))}else{i==null?zA(b).removeAttribute(c):zA(b).setAttribute(c,i)}}else{kp(b,c,cj(d))}}}
function qx(a,b,c){var d,e,f,g,h,i,j,k,l,m,n,o,p;p=Ic(c.e.get(Zg),77);if(!p||!p.a.has(a)){return}k=wF(a,GJ);g=c;f=null;e=0;j=k.length;for(m=k,n=0,o=m.length;n<o;++n){l=m[n];d=Tu(g,1);if(!PB(d,l)&&e<j-1){ik&&PD($wnd.console,"Ignoring property change for property '"+a+"' which isn't defined from server");return}f=NB(d,l);Sc((bB(f.a),f.h),6)&&(g=(bB(f.a),Ic(f.h,6)));++e}if(Sc((bB(f.a),f.h),6)){h=(bB(f.a),Ic(f.h,6));i=Nc(b.a[b.b]);if(!(FI in i)||h.c.has(16)){return}}MA(f,b.a[b.b]).J()}
function Nj(a){var b,c,d,e,f,g,h,i;this.a=new Gk(this,a);T((Ic(vk(this.a,Be),23),new Wj));f=Ic(vk(this.a,cg),9).e;Ns(f,Ic(vk(this.a,xf),73));new AC(new mt(Ic(vk(this.a,Re),18)));h=Tu(f,10);sr(h,'first',new vr,450);sr(h,'second',new xr,1500);sr(h,'third',new zr,5000);i=NB(h,'theme');KA(i,new Br);c=$doc.body;Yu(f,c);Wv(f,c);jk('Starting application '+a.a);b=a.a;b=vF(b,'-\\d+$','');d=a.f;e=a.g;Lj(this,b,d,e,a.c);if(!d){g=a.i;Kj(this,b,g);ik&&PD($wnd.console,'Vaadin application servlet version: '+g)}hk('loading')}
function Lr(a,b){var c,d;if(!b){throw Si(new XE('The json to handle cannot be null'))}if((aJ in b?b[aJ]:-1)==-1){c=b['meta'];(!c||!(hJ in c))&&ik&&($wnd.console.error("Response didn't contain a server id. Please verify that the server is up-to-date and that the response data has not been modified in transmission."),undefined)}d=Ic(vk(a.i,Ge),13).b;if(d==($o(),Xo)){d=Yo;Ko(Ic(vk(a.i,Ge),13),d)}d==Yo?Kr(a,b):ik&&($wnd.console.warn('Ignored received message because application has already been stopped'),undefined)}
function $C(a){var b,c,d,e,f,g,h,i,j;if(a.indexOf('android ')==-1){return}if(a.indexOf(PJ)!=-1){j=a.indexOf(PJ);f=iD(a,j+12,rF(a,AF(32),j));h=wF(f,GJ);dD(h,a);return}if(oF(a.substr(0,11),QJ)){j=a.indexOf(QJ);f=iD(a,j+11,rF(a,AF(32),j));h=wF(f,GJ);dD(h,a);return}if(a.indexOf('callpod keeper for android')!=-1){j=a.indexOf('; android ')+10;d=a.indexOf(';',j);f=iD(a,j,d);h=wF(f,GJ);dD(h,a);return}e=iD(a,a.indexOf('android ')+8,a.length);i=e.indexOf(';');b=e.indexOf(')');c=i!=-1&&i<b?i:b;e=iD(e,0,c);g=wF(e,GJ);dD(g,a)}
function Wb(a){var b,c,d,e,f,g,h;if(!a){debugger;throw Si(new pE('tasks'))}f=a.length;if(f==0){return null}b=false;c=new R;while(xb()-c.a<16){d=false;for(e=0;e<f;e++){if(a.length!=f){debugger;throw Si(new pE(jI+a.length+' != '+f))}h=a[e];if(!h){continue}d=true;if(!h[1]){debugger;throw Si(new pE('Found a non-repeating Task'))}if(!h[0].C()){a[e]=null;b=true}}if(!d){break}}if(b){g=[];for(e=0;e<f;e++){!!a[e]&&(g[g.length]=a[e],undefined)}if(g.length>=f){debugger;throw Si(new oE)}return g.length==0?null:g}else{return a}}
function $x(a,b,c,d,e){var f,g,h;h=ov(e,ad(a));if(!h.c.has(1)){return}if(!Ux(h,b)){debugger;throw Si(new pE('Host element is not a parent of the node whose property has changed. This is an implementation error. Most likely it means that there are several StateTrees on the same page (might be possible with portlets) and the target StateTree should not be passed into the method as an argument but somehow detected from the host element. Another option is that host element is calculated incorrectly.'))}f=Tu(h,1);g=NB(f,c);MA(g,d).J()}
function go(a,b,c,d){var e,f,g,h,i,j;h=$doc;j=h.createElement('div');j.className='v-system-error';if(a!=null){f=h.createElement('div');f.className='caption';f.textContent=a;j.appendChild(f);ik&&QD($wnd.console,a)}if(b!=null){i=h.createElement('div');i.className='message';i.textContent=b;j.appendChild(i);ik&&QD($wnd.console,b)}if(c!=null){g=h.createElement('div');g.className='details';g.textContent=c;j.appendChild(g);ik&&QD($wnd.console,c)}if(d!=null){e=h.querySelector(d);!!e&&ID(Nc(wG(AG(e.shadowRoot),e)),j)}else{JD(h.body,j)}return j}
function tp(a,b){var c,d,e;c=Bp(b,'serviceUrl');Hj(a,zp(b,'webComponentMode'));if(c==null){Dj(a,hp('.'));xj(a,hp(Bp(b,RI)))}else{a.h=c;xj(a,hp(c+(''+Bp(b,RI))))}Gj(a,Ap(b,'v-uiId').a);zj(a,Ap(b,'heartbeatInterval').a);Aj(a,Ap(b,'maxMessageSuspendTimeout').a);Ej(a,(d=b.getConfig(SI),d?d.vaadinVersion:null));e=b.getConfig(SI);yp();Fj(a,b.getConfig('sessExpMsg'));Bj(a,!zp(b,'debug'));Cj(a,zp(b,'requestTiming'));yj(a,b.getConfig('webcomponents'));zp(b,'devToolsEnabled');Bp(b,'liveReloadUrl');Bp(b,'liveReloadBackend');Bp(b,'springBootLiveReloadPort')}
function qc(a,b){var c,d,e,f,g,h,i,j,k;j='';if(b.length==0){return a.H(mI,kI,-1,-1)}k=zF(b);oF(k.substr(0,3),'at ')&&(k=k.substr(3));k=k.replace(/\[.*?\]/g,'');g=k.indexOf('(');if(g==-1){g=k.indexOf('@');if(g==-1){j=k;k=''}else{j=zF(k.substr(g+1));k=zF(k.substr(0,g))}}else{c=k.indexOf(')',g);j=k.substr(g+1,c-(g+1));k=zF(k.substr(0,g))}g=qF(k,AF(46));g!=-1&&(k=k.substr(g+1));(k.length==0||oF(k,'Anonymous function'))&&(k=kI);h=sF(j,AF(58));e=tF(j,AF(58),h-1);i=-1;d=-1;f=mI;if(h!=-1&&e!=-1){f=j.substr(0,e);i=kc(j.substr(e+1,h-(e+1)));d=kc(j.substr(h+1))}return a.H(f,k,i,d)}
function Ww(a,b){var c,d,e,f,g,h;g=(e=Tu(b,0),Nc(NA(NB(e,pJ))));h=g[uI];if(oF('inMemory',h)){Yv(b);return}if(!a.b){debugger;throw Si(new pE('Unexpected html node. The node is supposed to be a custom element'))}if(oF('@id',h)){if(lm(a.b)){mm(a.b,new _y(a,b,g));return}else if(!(typeof a.b.$!=iI)){om(a.b,new bz(a,b,g));return}px(a,b,g,true)}else if(oF(qJ,h)){if(!a.b.root){om(a.b,new dz(a,b,g));return}rx(a,b,g,true)}else if(oF('@name',h)){f=g[pJ];c="name='"+f+"'";d=new fz(a,f);if(!fy(d.a,d.b)){qn(a.b,f,new hz(a,b,d,f,c));return}ix(a,b,true,d,f,c)}else{debugger;throw Si(new pE('Unexpected payload type '+h))}}
function Gk(a,b){var c;this.a=new $wnd.Map;this.b=new $wnd.Map;yk(this,yd,a);yk(this,td,b);yk(this,te,new En(this));yk(this,He,new fp(this));yk(this,Td,new al(this));yk(this,Be,new no(this));zk(this,Ge,new Hk);yk(this,cg,new Cv(this));yk(this,Gf,new zt(this));yk(this,pf,new Vr(this));yk(this,tf,new Fs(this));yk(this,Of,new _t(this));yk(this,Kf,new Tt(this));yk(this,Zf,new Fu(this));zk(this,Vf,new Jk);zk(this,Wd,new Lk);yk(this,Yd,new dm(this));c=new Nk(this);yk(this,_e,new kr(c.a));this.b.set(_e,c);yk(this,Re,new Sq(this));yk(this,Uf,new iu(this));yk(this,Bf,new at(this));yk(this,Df,new lt(this));yk(this,xf,new Ts(this))}
function wb(b){var c=function(a){return typeof a!=iI};var d=function(a){return a.replace(/\r\n/g,'')};if(c(b.outerHTML))return d(b.outerHTML);c(b.innerHTML)&&b.cloneNode&&$doc.createElement('div').appendChild(b.cloneNode(true)).innerHTML;if(c(b.nodeType)&&b.nodeType==3){return "'"+b.data.replace(/ /g,'\u25AB').replace(/\u00A0/,'\u25AA')+"'"}if(typeof c(b.htmlText)&&b.collapse){var e=b.htmlText;if(e){return 'IETextRange ['+d(e)+']'}else{var f=b.duplicate();f.pasteHTML('|');var g='IETextRange '+d(b.parentElement().outerHTML);f.moveStart('character',-1);f.pasteHTML('');return g}}return b.toString?b.toString():'[JavaScriptObject]'}
function Hm(a,b,c){var d,e,f;f=[];if(a.c.has(1)){if(!Sc(b,43)){debugger;throw Si(new pE('Received an inconsistent NodeFeature for a node that has a ELEMENT_PROPERTIES feature. It should be NodeMap, but it is: '+b))}e=Ic(b,43);MB(e,aj(_m.prototype.db,_m,[f,c]));f.push(LB(e,new Xm(f,c)))}else if(a.c.has(16)){if(!Sc(b,29)){debugger;throw Si(new pE('Received an inconsistent NodeFeature for a node that has a TEMPLATE_MODELLIST feature. It should be NodeList, but it is: '+b))}d=Ic(b,29);f.push(wB(d,new Rm(c)))}if(f.length==0){debugger;throw Si(new pE('Node should have ELEMENT_PROPERTIES or TEMPLATE_MODELLIST feature'))}f.push(Pu(a,new Vm(f)))}
function rs(a){var b,c,d,e;if(a.d){pk('Sending pending push message '+ZD(a.d));c=a.d;a.d=null;yt(Ic(vk(a.e,Gf),12));As(a,c);return}else if(a.b.a.length!=0){ik&&($wnd.console.debug('Sending queued messages to server'),undefined);!!a.f&&ws(a);As(a,Nc(_F(a.b,0)));return}e=Ic(vk(a.e,Of),36);if(e.c.length==0&&a.g!=1){return}d=e.c;e.c=[];e.b=false;e.a=Wt;if(d.length==0&&a.g!=1){ik&&($wnd.console.warn('All RPCs filtered out, not sending anything to the server'),undefined);return}b={};if(a.g==1){a.g=2;ik&&($wnd.console.warn('Resynchronizing from server'),undefined);a.b.a=zc(ii,dI,1,0,5,1);ws(a);b[bJ]=Object(true)}hk('loading');yt(Ic(vk(a.e,Gf),12));ys(a,us(a,d,b))}
function Qx(a,b,c,d,e){var f,g,h,i,j,k,l,m,n,o;l=e.e;o=Pc(NA(NB(Tu(b,0),'tag')));h=false;if(!a){h=true;ik&&SD($wnd.console,JJ+d+" is not found. The requested tag name is '"+o+"'")}else if(!(!!a&&pF(o,a.tagName))){h=true;qk(JJ+d+" has the wrong tag name '"+a.tagName+"', the requested tag name is '"+o+"'")}if(h){yv(l.g,l,b.d,-1,c);return false}if(!l.c.has(20)){return true}k=Tu(l,20);m=Ic(NA(NB(k,DJ)),6);if(!m){return true}j=Su(m,2);g=null;for(i=0;i<(bB(j.a),j.c.length);i++){n=Ic(j.c[i],6);f=n.a;if(K(f,a)){g=bF(n.d);break}}if(g){ik&&SD($wnd.console,JJ+d+" has been already attached previously via the node id='"+g+"'");yv(l.g,l,b.d,g.a,c);return false}return true}
function Bu(b,c,d,e){var f,g,h,i,j,k,l,m,n;if(c.length!=d.length+1){debugger;throw Si(new oE)}try{j=new ($wnd.Function.bind.apply($wnd.Function,[null].concat(c)));j.apply(zu(b,e,new Lu(b)),d)}catch(a){a=Ri(a);if(Sc(a,8)){i=a;kk(new rk(i));ik&&($wnd.console.error('Exception is thrown during JavaScript execution. Stacktrace will be dumped separately.'),undefined);if(!Ic(vk(b.a,td),7).f){g=new IF('[');h='';for(l=c,m=0,n=l.length;m<n;++m){k=l[m];FF((g.a+=h,g),k);h=', '}g.a+=']';f=g.a;MH(0,f.length);f.charCodeAt(0)==91&&(f=f.substr(1));nF(f,f.length-1)==93&&(f=yF(f,0,f.length-1));ik&&QD($wnd.console,"The error has occurred in the JS code: '"+f+"'")}}else throw Si(a)}}
function Yw(a,b,c,d){var e,f,g,h,i,j,k;g=sv(b);i=Pc(NA(NB(Tu(b,0),'tag')));if(!(i==null||pF(c.tagName,i))){debugger;throw Si(new pE("Element tag name is '"+c.tagName+"', but the required tag name is "+Pc(NA(NB(Tu(b,0),'tag')))))}Sw==null&&(Sw=pA());if(Sw.has(b)){return}Sw.set(b,(sE(),true));f=new wy(b,c,d);e=[];h=[];if(g){h.push(_w(f));h.push(Bw(new Pz(f),f.e,17,false));h.push((j=Tu(f.e,4),MB(j,aj(xz.prototype.db,xz,[f])),LB(j,new zz(f))));h.push(ex(f));h.push(Zw(f));h.push(dx(f));h.push($w(c,b));h.push(bx(12,new yy(c),hx(e),b));h.push(bx(3,new Ay(c),hx(e),b));h.push(bx(1,new Xy(c),hx(e),b));cx(a,b,c);h.push(Pu(b,new pz(h,f,e)))}h.push(fx(h,f,e));k=new xy(b);b.e.set(lg,k);xC(new Jz(b))}
function Lj(k,e,f,g,h){var i=k;var j={};j.isActive=YH(function(){return i.T()});j.getByNodeId=YH(function(a){return i.P(a)});j.getNodeId=YH(function(a){return i.S(a)});j.getUIId=YH(function(){var a=i.a.X();return a.N()});j.addDomBindingListener=YH(function(a,b){i.O(a,b)});j.productionMode=f;j.poll=YH(function(){var a=i.a.Z();a.Ab()});j.connectWebComponent=YH(function(a){var b=i.a;var c=b._();var d=b.ab().Hb().d;c.Bb(d,'connect-web-component',a)});g&&(j.getProfilingData=YH(function(){var a=i.a.Y();var b=[a.e,a.l];null!=a.k?(b=b.concat(a.k)):(b=b.concat(-1,-1));b[b.length]=a.a;return b}));j.resolveUri=YH(function(a){var b=i.a.bb();return b.qb(a)});j.sendEventMessage=YH(function(a,b,c){var d=i.a._();d.Bb(a,b,c)});j.initializing=false;j.exportedWebComponents=h;$wnd.Vaadin.Flow.clients[e]=j}
function Sr(a,b,c,d){var e,f,g,h,i,j,k,l,m;if(!((aJ in b?b[aJ]:-1)==-1||(aJ in b?b[aJ]:-1)==a.f)){debugger;throw Si(new oE)}try{k=xb();i=b;if('constants' in i){e=Ic(vk(a.i,Vf),61);f=i['constants'];wu(e,f)}'changes' in i&&Rr(a,i);cJ in i&&xC(new hs(a,i));jk('handleUIDLMessage: '+(xb()-k)+' ms');yC();j=b['meta'];if(j){m=Ic(vk(a.i,Ge),13).b;if(hJ in j){if(m!=($o(),Zo)){Ko(Ic(vk(a.i,Ge),13),Zo);_b((Qb(),new ls(a)),250)}}else if('appError' in j&&m!=($o(),Zo)){g=j['appError'];jo(Ic(vk(a.i,Be),23),g['caption'],g['message'],g['details'],g['url'],g['querySelector']);Ko(Ic(vk(a.i,Ge),13),($o(),Zo))}}a.e=ad(xb()-d);a.l+=a.e;if(!a.d){a.d=true;h=Xr();if(h!=0){l=ad(xb()-h);ik&&PD($wnd.console,'First response processed '+l+' ms after fetchStart')}a.a=Wr()}}finally{jk(' Processing time was '+(''+a.e)+'ms');Or(b)&&vt(Ic(vk(a.i,Gf),12));Ur(a,c)}}
function Op(a){var b,c,d,e;this.f=(kq(),hq);this.d=a;Jo(Ic(vk(a,Ge),13),new nq(this));this.a={transport:UI,maxStreamingLength:1000000,fallbackTransport:'long-polling',contentType:WI,reconnectInterval:5000,withCredentials:true,maxWebsocketErrorRetries:12,timeout:-1,maxReconnectOnClose:10000000,trackMessageLength:true,enableProtocol:true,handleOnlineOffline:false,executeCallbackBeforeReconnect:true,messageDelimiter:String.fromCharCode(124)};this.a['logLevel']='debug';Zs(Ic(vk(this.d,Bf),37)).forEach(aj(rq.prototype.db,rq,[this]));c=$s(Ic(vk(this.d,Bf),37));if(c==null||zF(c).length==0||oF('/',c)){this.h=XI;d=Ic(vk(a,td),7).h;if(!oF(d,'.')){e='/'.length;oF(d.substr(d.length-e,e),'/')||(d+='/');this.h=d+(''+this.h)}}else{b=Ic(vk(a,td),7).b;e='/'.length;oF(b.substr(b.length-e,e),'/')&&oF(c.substr(0,1),'/')&&(c=c.substr(1));this.h=b+(''+c)+XI}Np(this,new tq(this))}
function nv(a,b){if(a.b==null){a.b=new $wnd.Map;a.b.set(bF(0),'elementData');a.b.set(bF(1),'elementProperties');a.b.set(bF(2),'elementChildren');a.b.set(bF(3),'elementAttributes');a.b.set(bF(4),'elementListeners');a.b.set(bF(5),'pushConfiguration');a.b.set(bF(6),'pushConfigurationParameters');a.b.set(bF(7),'textNode');a.b.set(bF(8),'pollConfiguration');a.b.set(bF(9),'reconnectDialogConfiguration');a.b.set(bF(10),'loadingIndicatorConfiguration');a.b.set(bF(11),'classList');a.b.set(bF(12),'elementStyleProperties');a.b.set(bF(15),'componentMapping');a.b.set(bF(16),'modelList');a.b.set(bF(17),'polymerServerEventHandlers');a.b.set(bF(18),'polymerEventListenerMap');a.b.set(bF(19),'clientDelegateHandlers');a.b.set(bF(20),'shadowRootData');a.b.set(bF(21),'shadowRootHost');a.b.set(bF(22),'attachExistingElementFeature');a.b.set(bF(24),'virtualChildrenList');a.b.set(bF(23),'basicTypeValue')}return a.b.has(bF(b))?Pc(a.b.get(bF(b))):'Unknown node feature: '+b}
function ox(a,b){var c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,A,B,C,D,F,G;if(!b){debugger;throw Si(new oE)}f=b.b;t=b.e;if(!f){debugger;throw Si(new pE('Cannot handle DOM event for a Node'))}D=a.type;s=Tu(t,4);e=Ic(vk(t.g.c,Vf),61);i=Pc(NA(NB(s,D)));if(i==null){debugger;throw Si(new oE)}if(!vu(e,i)){debugger;throw Si(new oE)}j=Nc(uu(e,i));p=(A=cE(j),A);B=new $wnd.Set;p.length==0?(g=null):(g={});for(l=p,m=0,n=l.length;m<n;++m){k=l[m];if(oF(k.substr(0,1),'}')){u=k.substr(1);B.add(u)}else if(oF(k,']')){C=lx(t,a.target);g[']']=Object(C)}else if(oF(k.substr(0,1),']')){r=k.substr(1);h=Yx(r);o=h(a,f);C=kx(t.g,o,r);g[k]=Object(C)}else{h=Yx(k);o=h(a,f);g[k]=o}}B.forEach(aj(Fz.prototype.hb,Fz,[t,f]));d=new $wnd.Map;B.forEach(aj(Hz.prototype.hb,Hz,[d,b]));v=new Lz(t,D,g);w=py(f,D,j,g,v,d);if(w){c=false;q=B.size==0;q&&(c=aG((_v(),F=new dG,G=aj(qw.prototype.db,qw,[F]),$v.forEach(G),F),v,0)!=-1);if(!c){tA(d).forEach(aj(uy.prototype.hb,uy,[]));qy(v.b,v.c,v.a,null)}}}
function Kr(a,b){var c,d,e,f,g,h,i,j,k,l,m,n;j=aJ in b?b[aJ]:-1;e=bJ in b;if(!e&&Ic(vk(a.i,tf),16).g==2){g=b;if(cJ in g){d=g[cJ];for(f=0;f<d.length;f++){c=d[f];if(c.length>0&&oF('window.location.reload();',c[0])){ik&&($wnd.console.warn('Executing forced page reload while a resync request is ongoing.'),undefined);$wnd.location.reload();return}}}ik&&($wnd.console.warn('Queueing message from the server as a resync request is ongoing.'),undefined);a.g.push(new es(b));return}Ic(vk(a.i,tf),16).g=0;if(e&&!Nr(a,j)){jk('Received resync message with id '+j+' while waiting for '+(a.f+1));a.f=j-1;Tr(a)}i=a.j.size!=0;if(i||!Nr(a,j)){if(i){ik&&($wnd.console.debug('Postponing UIDL handling due to lock...'),undefined)}else{if(j<=a.f){qk(dJ+j+' but have already seen '+a.f+'. Ignoring it');Or(b)&&vt(Ic(vk(a.i,Gf),12));return}jk(dJ+j+' but expected '+(a.f+1)+'. Postponing handling until the missing message(s) have been received')}a.g.push(new es(b));if(!a.c.f){m=Ic(vk(a.i,td),7).e;hj(a.c,m)}return}bJ in b&&uv(Ic(vk(a.i,cg),9));l=xb();h=new I;a.j.add(h);ik&&($wnd.console.debug('Handling message from server'),undefined);wt(Ic(vk(a.i,Gf),12),new Jt);if(eJ in b){k=b[eJ];Cs(Ic(vk(a.i,tf),16),k,bJ in b)}j!=-1&&(a.f=j);if('redirect' in b){n=b['redirect']['url'];ik&&PD($wnd.console,'redirecting to '+n);ip(n);return}fJ in b&&(a.b=b[fJ]);gJ in b&&(a.h=b[gJ]);Jr(a,b);a.d||_k(Ic(vk(a.i,Td),72));'timings' in b&&(a.k=b['timings']);dl(new $r);dl(new fs(a,b,h,l))}
function gD(b){var c,d,e,f,g,h;b=b.toLowerCase();this.f=b.indexOf('gecko')!=-1&&b.indexOf('webkit')==-1&&b.indexOf(TJ)==-1;b.indexOf(' presto/')!=-1;this.l=b.indexOf(TJ)!=-1;this.m=!this.l&&b.indexOf('applewebkit')!=-1;this.c=(b.indexOf(' chrome/')!=-1||b.indexOf(' crios/')!=-1||b.indexOf(SJ)!=-1)&&b.indexOf(UJ)==-1;this.j=b.indexOf('opera')!=-1||b.indexOf(UJ)!=-1;this.g=b.indexOf('msie')!=-1&&!this.j&&b.indexOf('webtv')==-1;this.g=this.g||this.l;this.k=!this.c&&!this.g&&!this.j&&b.indexOf('safari')!=-1;this.e=b.indexOf(' firefox/')!=-1||b.indexOf('fxios/')!=-1;if(b.indexOf(' edge/')!=-1||b.indexOf(' edg/')!=-1||b.indexOf(VJ)!=-1||b.indexOf(WJ)!=-1){this.d=true;this.c=false;this.j=false;this.g=false;this.k=false;this.e=false;this.m=false;this.f=false}try{if(this.f){g=b.indexOf('rv:');if(g>=0){h=b.substr(g+3);h=vF(h,XJ,'$1');this.a=WE(h)}}else if(this.m){h=xF(b,b.indexOf('webkit/')+7);h=vF(h,YJ,'$1');this.a=WE(h)}else if(this.l){h=xF(b,b.indexOf(TJ)+8);h=vF(h,YJ,'$1');this.a=WE(h);this.a>7&&(this.a=7)}else this.d&&(this.a=0)}catch(a){a=Ri(a);if(Sc(a,8)){c=a;LF();'Browser engine version parsing failed for: '+b+' '+c.w()}else throw Si(a)}try{if(this.g){if(b.indexOf('msie')!=-1){if(this.l){this.b=4+ad(this.a)}else{f=xF(b,b.indexOf('msie ')+5);f=iD(f,0,qF(f,AF(59)));fD(this,f,b)}}else{g=b.indexOf('rv:');if(g>=0){h=b.substr(g+3);h=vF(h,XJ,'$1');fD(this,h,b)}}}else if(this.e){e=b.indexOf(' fxios/');e!=-1?(e=b.indexOf(' fxios/')+7):(e=b.indexOf(' firefox/')+9);fD(this,iD(b,e,e+hD(b,e)),b)}else if(this.c){bD(this,b)}else if(this.k){e=b.indexOf(' version/');if(e>=0){e+=9;fD(this,iD(b,e,e+hD(b,e)),b)}else{d=ad(this.a*10);d>=6010&&d<6015?(this.b=9):d>=6015&&d<6018?(this.b=9):d>=6020&&d<6030?(this.b=10):d>=6030&&d<6040?(this.b=10):d>=6040&&d<6050?(this.b=11):d>=6050&&d<6060?(this.b=11):d>=6060&&d<6070?(this.b=12):d>=6070&&(this.b=12)}}else if(this.j){e=b.indexOf(' version/');e!=-1?(e+=9):b.indexOf(UJ)!=-1?(e=b.indexOf(UJ)+5):(e=b.indexOf('opera/')+6);fD(this,iD(b,e,e+hD(b,e)),b)}else if(this.d){e=b.indexOf(' edge/')+6;b.indexOf(' edg/')!=-1?(e=b.indexOf(' edg/')+5):b.indexOf(VJ)!=-1?(e=b.indexOf(VJ)+6):b.indexOf(WJ)!=-1&&(e=b.indexOf(WJ)+8);fD(this,iD(b,e,e+hD(b,e)),b)}}catch(a){a=Ri(a);if(Sc(a,8)){c=a;LF();'Browser version parsing failed for: '+b+' '+c.w()}else throw Si(a)}if(b.indexOf('windows ')!=-1){b.indexOf('windows phone')!=-1}else if(b.indexOf('android')!=-1){$C(b)}else if(b.indexOf('linux')!=-1);else if(b.indexOf('macintosh')!=-1||b.indexOf('mac osx')!=-1||b.indexOf('mac os x')!=-1){this.h=b.indexOf('ipad')!=-1;this.i=b.indexOf('iphone')!=-1;(this.h||this.i)&&cD(b)}else b.indexOf('; cros ')!=-1&&_C(b)}
var ZH='object',_H='[object Array]',aI='function',bI='java.lang',cI='com.google.gwt.core.client',dI={4:1},eI='__noinit__',fI={4:1,8:1,10:1,5:1},gI='null',hI='com.google.gwt.core.client.impl',iI='undefined',jI='Working array length changed ',kI='anonymous',lI='fnStack',mI='Unknown',nI='must be non-negative',oI='must be positive',pI='com.google.web.bindery.event.shared',qI='com.vaadin.client',rI='visible',sI={57:1},tI={25:1},uI='type',vI={48:1},wI={24:1},xI={14:1},yI={28:1},zI='text/javascript',AI='constructor',BI='properties',CI='value',DI='com.vaadin.client.flow.reactive',EI={15:1},FI='nodeId',GI='Root node for node ',HI=' could not be found',II=' is not an Element',JI={66:1},KI={81:1},LI={47:1},MI='script',NI='stylesheet',OI='pushMode',QI='com.vaadin.flow.shared',RI='contextRootUrl',SI='versionInfo',TI='v-uiId=',UI='websocket',VI='transport',WI='application/json; charset=UTF-8',XI='VAADIN/push',YI='com.vaadin.client.communication',ZI={91:1},$I='dialogText',_I='dialogTextGaveUp',aJ='syncId',bJ='resynchronize',cJ='execute',dJ='Received message with server id ',eJ='clientId',fJ='Vaadin-Security-Key',gJ='Vaadin-Push-ID',hJ='sessionExpired',iJ='pushServletMapping',jJ='event',kJ='node',lJ='attachReqId',mJ='attachAssignedId',nJ='com.vaadin.client.flow',oJ='bound',pJ='payload',qJ='subTemplate',rJ={46:1},sJ='Node is null',tJ='Node is not created for this tree',uJ='Node id is not registered with this tree',vJ='$server',wJ='feat',xJ='remove',yJ='com.vaadin.client.flow.binding',zJ='trailing',AJ='intermediate',BJ='elemental.util',CJ='element',DJ='shadowRoot',EJ='The HTML node for the StateNode with id=',FJ='An error occurred when Flow tried to find a state node matching the element ',GJ='\\.',HJ='hidden',IJ='styleDisplay',JJ='Element addressed by the ',KJ='dom-repeat',LJ='dom-change',MJ='com.vaadin.client.flow.nodefeature',NJ='Unsupported complex type in ',OJ='com.vaadin.client.gwt.com.google.web.bindery.event.shared',PJ='ddg_android/',QJ='duckduckgo/',RJ='OS minor',SJ=' headlesschrome/',TJ='trident/',UJ=' opr/',VJ=' edga/',WJ=' edgios/',XJ='(\\.[0-9]+).+',YJ='([0-9]+\\.[0-9]+).*',ZJ='com.vaadin.flow.shared.ui',$J='java.io',_J='For input string: "',aK='java.util',bK='java.util.stream',cK='Index: ',dK=', Size: ',eK='user.agent';var _,Yi,Ti,Qi=-1;$wnd.goog=$wnd.goog||{};$wnd.goog.global=$wnd.goog.global||$wnd;Zi();$i(1,null,{},I);_.n=function J(a){return H(this,a)};_.o=function L(){return this.kc};_.p=function N(){return QH(this)};_.q=function P(){var a;return yE(M(this))+'@'+(a=O(this)>>>0,a.toString(16))};_.equals=function(a){return this.n(a)};_.hashCode=function(){return this.p()};_.toString=function(){return this.q()};var Ec,Fc,Gc;$i(68,1,{68:1},zE);_.Wb=function AE(a){var b;b=new zE;b.e=4;a>1?(b.c=GE(this,a-1)):(b.c=this);return b};_.Xb=function FE(){xE(this);return this.b};_.Yb=function HE(){return yE(this)};_.Zb=function JE(){xE(this);return this.g};_.$b=function LE(){return (this.e&4)!=0};_._b=function ME(){return (this.e&1)!=0};_.q=function PE(){return ((this.e&2)!=0?'interface ':(this.e&1)!=0?'':'class ')+(xE(this),this.i)};_.e=0;var wE=1;var ii=CE(bI,'Object',1);var Xh=CE(bI,'Class',68);$i(96,1,{},R);_.a=0;var cd=CE(cI,'Duration',96);var S=null;$i(5,1,{4:1,5:1});_.s=function bb(a){return new Error(a)};_.t=function db(){return this.e};_.u=function eb(){var a;return a=Ic(lH(nH(oG((this.i==null&&(this.i=zc(pi,dI,5,0,0,1)),this.i)),new NF),WG(new fH,new dH,new hH,Dc(xc(Ei,1),dI,49,0,[($G(),YG)]))),92),cG(a,zc(ii,dI,1,a.a.length,5,1))};_.v=function fb(){return this.f};_.w=function gb(){return this.g};_.A=function hb(){Z(this,cb(this.s($(this,this.g))));hc(this)};_.q=function jb(){return $(this,this.w())};_.e=eI;_.j=true;var pi=CE(bI,'Throwable',5);$i(8,5,{4:1,8:1,5:1});var _h=CE(bI,'Exception',8);$i(10,8,fI,mb);var ji=CE(bI,'RuntimeException',10);$i(56,10,fI,nb);var ei=CE(bI,'JsException',56);$i(120,56,fI);var gd=CE(hI,'JavaScriptExceptionBase',120);$i(32,120,{32:1,4:1,8:1,10:1,5:1},rb);_.w=function ub(){return qb(this),this.c};_.B=function vb(){return _c(this.b)===_c(ob)?null:this.b};var ob;var dd=CE(cI,'JavaScriptException',32);var ed=CE(cI,'JavaScriptObject$',0);$i(316,1,{});var fd=CE(cI,'Scheduler',316);var yb=0,zb=false,Ab,Bb=0,Cb=-1;$i(130,316,{});_.e=false;_.i=false;var Pb;var kd=CE(hI,'SchedulerImpl',130);$i(131,1,{},bc);_.C=function cc(){this.a.e=true;Tb(this.a);this.a.e=false;return this.a.i=Ub(this.a)};var hd=CE(hI,'SchedulerImpl/Flusher',131);$i(132,1,{},dc);_.C=function ec(){this.a.e&&_b(this.a.f,1);return this.a.i};var jd=CE(hI,'SchedulerImpl/Rescuer',132);var fc;$i(326,1,{});var od=CE(hI,'StackTraceCreator/Collector',326);$i(121,326,{},nc);_.F=function oc(a){var b={},j;var c=[];a[lI]=c;var d=arguments.callee.caller;while(d){var e=(gc(),d.name||(d.name=jc(d.toString())));c.push(e);var f=':'+e;var g=b[f];if(g){var h,i;for(h=0,i=g.length;h<i;h++){if(g[h]===d){return}}}(g||(b[f]=[])).push(d);d=d.caller}};_.G=function pc(a){var b,c,d,e;d=(gc(),a&&a[lI]?a[lI]:[]);c=d.length;e=zc(ki,dI,30,c,0,1);for(b=0;b<c;b++){e[b]=new jF(d[b],null,-1)}return e};var ld=CE(hI,'StackTraceCreator/CollectorLegacy',121);$i(327,326,{});_.F=function rc(a){};_.H=function sc(a,b,c,d){return new jF(b,a+'@'+d,c<0?-1:c)};_.G=function tc(a){var b,c,d,e,f,g;e=lc(a);f=zc(ki,dI,30,0,0,1);b=0;d=e.length;if(d==0){return f}g=qc(this,e[0]);oF(g.d,kI)||(f[b++]=g);for(c=1;c<d;c++){f[b++]=qc(this,e[c])}return f};var nd=CE(hI,'StackTraceCreator/CollectorModern',327);$i(122,327,{},uc);_.H=function vc(a,b,c,d){return new jF(b,a,-1)};var md=CE(hI,'StackTraceCreator/CollectorModernNoSourceMap',122);$i(39,1,{});_.I=function nj(a){if(a!=this.d){return}this.e||(this.f=null);this.J()};_.d=0;_.e=false;_.f=null;var pd=CE('com.google.gwt.user.client','Timer',39);$i(333,1,{});_.q=function sj(){return 'An event type'};var sd=CE(pI,'Event',333);$i(85,1,{},uj);_.p=function vj(){return this.a};_.q=function wj(){return 'Event type'};_.a=0;var tj=0;var qd=CE(pI,'Event/Type',85);$i(334,1,{});var rd=CE(pI,'EventBus',334);$i(7,1,{7:1},Ij);_.N=function Jj(){return this.k};_.d=0;_.e=0;_.f=false;_.g=false;_.k=0;_.l=false;var td=CE(qI,'ApplicationConfiguration',7);$i(94,1,{94:1},Nj);_.O=function Oj(a,b){Ou(ov(Ic(vk(this.a,cg),9),a),new ak(a,b))};_.P=function Pj(a){var b;b=ov(Ic(vk(this.a,cg),9),a);return !b?null:b.a};_.Q=function Qj(a){var b,c,d,e,f;e=ov(Ic(vk(this.a,cg),9),a);f={};if(e){d=OB(Tu(e,12));for(b=0;b<d.length;b++){c=Pc(d[b]);f[c]=NA(NB(Tu(e,12),c))}}return f};_.R=function Rj(a){var b;b=ov(Ic(vk(this.a,cg),9),a);return !b?null:PA(NB(Tu(b,0),'jc'))};_.S=function Sj(a){var b;b=pv(Ic(vk(this.a,cg),9),zA(a));return !b?-1:b.d};_.T=function Tj(){var a;return Ic(vk(this.a,pf),22).a==0||Ic(vk(this.a,Gf),12).b||(a=(Qb(),Pb),!!a&&a.a!=0)};_.U=function Uj(a){var b,c;b=ov(Ic(vk(this.a,cg),9),a);c=!b||QA(NB(Tu(b,0),rI));return !c};var yd=CE(qI,'ApplicationConnection',94);$i(147,1,{},Wj);_.r=function Xj(a){var b;b=a;Sc(b,3)?fo('Assertion error: '+b.w()):fo(b.w())};var ud=CE(qI,'ApplicationConnection/0methodref$handleError$Type',147);$i(148,1,{},Yj);_.V=function Zj(a){Bs(Ic(vk(this.a.a,tf),16))};var vd=CE(qI,'ApplicationConnection/lambda$1$Type',148);$i(149,1,{},$j);_.V=function _j(a){$wnd.location.reload()};var wd=CE(qI,'ApplicationConnection/lambda$2$Type',149);$i(150,1,sI,ak);_.W=function bk(a){return Vj(this.b,this.a,a)};_.b=0;var xd=CE(qI,'ApplicationConnection/lambda$3$Type',150);$i(40,1,{},ek);var ck;var zd=CE(qI,'BrowserInfo',40);var Ad=EE(qI,'Command');var ik=false;$i(129,1,{},rk);_.J=function sk(){nk(this.a)};var Bd=CE(qI,'Console/lambda$0$Type',129);$i(128,1,{},tk);_.r=function uk(a){ok(this.a)};var Cd=CE(qI,'Console/lambda$1$Type',128);$i(154,1,{});_.X=function Ak(){return Ic(vk(this,td),7)};_.Y=function Bk(){return Ic(vk(this,pf),22)};_.Z=function Ck(){return Ic(vk(this,xf),73)};_._=function Dk(){return Ic(vk(this,Kf),33)};_.ab=function Ek(){return Ic(vk(this,cg),9)};_.bb=function Fk(){return Ic(vk(this,He),50)};var he=CE(qI,'Registry',154);$i(155,154,{},Gk);var Hd=CE(qI,'DefaultRegistry',155);$i(156,1,tI,Hk);_.cb=function Ik(){return new Lo};var Dd=CE(qI,'DefaultRegistry/0methodref$ctor$Type',156);$i(157,1,tI,Jk);_.cb=function Kk(){return new xu};var Ed=CE(qI,'DefaultRegistry/1methodref$ctor$Type',157);$i(158,1,tI,Lk);_.cb=function Mk(){return new Wl};var Fd=CE(qI,'DefaultRegistry/2methodref$ctor$Type',158);$i(159,1,tI,Nk);_.cb=function Ok(){return new kr(this.a)};var Gd=CE(qI,'DefaultRegistry/lambda$3$Type',159);$i(72,1,{72:1},al);var Pk,Qk,Rk,Sk=0;var Td=CE(qI,'DependencyLoader',72);$i(203,1,vI,el);_.db=function fl(a,b){zn(this.a,a,Ic(b,24))};var Id=CE(qI,'DependencyLoader/0methodref$inlineStyleSheet$Type',203);var ne=EE(qI,'ResourceLoader/ResourceLoadListener');$i(199,1,wI,gl);_.eb=function hl(a){lk("'"+a.a+"' could not be loaded.");bl()};_.fb=function il(a){bl()};var Jd=CE(qI,'DependencyLoader/1',199);$i(204,1,vI,jl);_.db=function kl(a,b){Cn(this.a,a,Ic(b,24))};var Kd=CE(qI,'DependencyLoader/1methodref$loadStylesheet$Type',204);$i(200,1,wI,ll);_.eb=function ml(a){lk(a.a+' could not be loaded.')};_.fb=function nl(a){};var Ld=CE(qI,'DependencyLoader/2',200);$i(205,1,vI,ol);_.db=function pl(a,b){yn(this.a,a,Ic(b,24))};var Md=CE(qI,'DependencyLoader/2methodref$inlineScript$Type',205);$i(208,1,vI,ql);_.db=function rl(a,b){An(a,Ic(b,24))};var Nd=CE(qI,'DependencyLoader/3methodref$loadDynamicImport$Type',208);$i(209,1,xI,sl);_.J=function tl(){bl()};var Od=CE(qI,'DependencyLoader/4methodref$endEagerDependencyLoading$Type',209);$i(354,$wnd.Function,{},ul);_.db=function vl(a,b){Wk(this.a,this.b,Nc(a),Ic(b,44))};$i(355,$wnd.Function,{},wl);_.db=function xl(a,b){cl(this.a,Ic(a,48),Pc(b))};$i(202,1,yI,yl);_.D=function zl(){Xk(this.a)};var Pd=CE(qI,'DependencyLoader/lambda$2$Type',202);$i(201,1,{},Al);_.D=function Bl(){Yk(this.a)};var Qd=CE(qI,'DependencyLoader/lambda$3$Type',201);$i(356,$wnd.Function,{},Cl);_.db=function Dl(a,b){Ic(a,48).db(Pc(b),(Tk(),Qk))};$i(206,1,vI,El);_.db=function Fl(a,b){Tk();Bn(this.a,a,Ic(b,24),true,zI)};var Rd=CE(qI,'DependencyLoader/lambda$8$Type',206);$i(207,1,vI,Gl);_.db=function Hl(a,b){Tk();Bn(this.a,a,Ic(b,24),true,'module')};var Sd=CE(qI,'DependencyLoader/lambda$9$Type',207);$i(309,1,xI,Ql);_.J=function Rl(){xC(new Sl(this.a,this.b))};var Ud=CE(qI,'ExecuteJavaScriptElementUtils/lambda$0$Type',309);var th=EE(DI,'FlushListener');$i(308,1,EI,Sl);_.gb=function Tl(){Nl(this.a,this.b)};var Vd=CE(qI,'ExecuteJavaScriptElementUtils/lambda$1$Type',308);$i(62,1,{62:1},Wl);var Wd=CE(qI,'ExistingElementMap',62);$i(51,1,{51:1},dm);var Yd=CE(qI,'InitialPropertiesHandler',51);$i(357,$wnd.Function,{},fm);_.hb=function gm(a){am(this.a,this.b,Kc(a))};$i(216,1,EI,hm);_.gb=function im(){Yl(this.a,this.b)};var Xd=CE(qI,'InitialPropertiesHandler/lambda$1$Type',216);$i(358,$wnd.Function,{},jm);_.db=function km(a,b){em(this.a,Ic(a,17),Pc(b))};var nm;$i(297,1,sI,Lm);_.W=function Mm(a){return Km(a)};var Zd=CE(qI,'PolymerUtils/0methodref$createModelTree$Type',297);$i(379,$wnd.Function,{},Nm);_.hb=function Om(a){Ic(a,46).Gb()};$i(378,$wnd.Function,{},Pm);_.hb=function Qm(a){Ic(a,14).J()};$i(298,1,JI,Rm);_.ib=function Sm(a){Dm(this.a,a)};var $d=CE(qI,'PolymerUtils/lambda$1$Type',298);$i(90,1,EI,Tm);_.gb=function Um(){sm(this.b,this.a)};var _d=CE(qI,'PolymerUtils/lambda$10$Type',90);$i(299,1,{105:1},Vm);_.jb=function Wm(a){this.a.forEach(aj(Nm.prototype.hb,Nm,[]))};var ae=CE(qI,'PolymerUtils/lambda$2$Type',299);$i(301,1,KI,Xm);_.kb=function Ym(a){Em(this.a,this.b,a)};var be=CE(qI,'PolymerUtils/lambda$4$Type',301);$i(300,1,LI,Zm);_.lb=function $m(a){wC(new Tm(this.a,this.b))};var ce=CE(qI,'PolymerUtils/lambda$5$Type',300);$i(376,$wnd.Function,{},_m);_.db=function an(a,b){var c;Fm(this.a,this.b,(c=Ic(a,17),Pc(b),c))};$i(302,1,LI,bn);_.lb=function cn(a){wC(new Tm(this.a,this.b))};var de=CE(qI,'PolymerUtils/lambda$7$Type',302);$i(303,1,EI,dn);_.gb=function en(){rm(this.a,this.b)};var ee=CE(qI,'PolymerUtils/lambda$8$Type',303);$i(377,$wnd.Function,{},fn);_.hb=function gn(a){this.a.push(pm(a))};var hn;$i(113,1,{},mn);_.mb=function nn(){return (new Date).getTime()};var fe=CE(qI,'Profiler/DefaultRelativeTimeSupplier',113);$i(112,1,{},on);_.mb=function pn(){return $wnd.performance.now()};var ge=CE(qI,'Profiler/HighResolutionTimeSupplier',112);$i(350,$wnd.Function,{},rn);_.db=function sn(a,b){wk(this.a,Ic(a,25),Ic(b,68))};$i(60,1,{60:1},En);_.d=false;var te=CE(qI,'ResourceLoader',60);$i(192,1,{},Kn);_.C=function Ln(){var a;a=In(this.d);if(In(this.d)>0){wn(this.b,this.c);return false}else if(a==0){vn(this.b,this.c);return true}else if(Q(this.a)>60000){vn(this.b,this.c);return false}else{return true}};var ie=CE(qI,'ResourceLoader/1',192);$i(193,39,{},Mn);_.J=function Nn(){this.a.b.has(this.c)||vn(this.a,this.b)};var je=CE(qI,'ResourceLoader/2',193);$i(197,39,{},On);_.J=function Pn(){this.a.b.has(this.c)?wn(this.a,this.b):vn(this.a,this.b)};var ke=CE(qI,'ResourceLoader/3',197);$i(198,1,wI,Qn);_.eb=function Rn(a){vn(this.a,a)};_.fb=function Sn(a){wn(this.a,a)};var le=CE(qI,'ResourceLoader/4',198);$i(64,1,{},Tn);var me=CE(qI,'ResourceLoader/ResourceLoadEvent',64);$i(100,1,wI,Un);_.eb=function Vn(a){vn(this.a,a)};_.fb=function Wn(a){wn(this.a,a)};var oe=CE(qI,'ResourceLoader/SimpleLoadListener',100);$i(191,1,wI,Xn);_.eb=function Yn(a){vn(this.a,a)};_.fb=function Zn(a){var b;if((!ck&&(ck=new ek),ck).a.c||(!ck&&(ck=new ek),ck).a.g||(!ck&&(ck=new ek),ck).a.d){b=In(this.b);if(b==0){vn(this.a,a);return}}wn(this.a,a)};var pe=CE(qI,'ResourceLoader/StyleSheetLoadListener',191);$i(194,1,tI,$n);_.cb=function _n(){return this.a.call(null)};var qe=CE(qI,'ResourceLoader/lambda$0$Type',194);$i(195,1,xI,ao);_.J=function bo(){this.b.fb(this.a)};var re=CE(qI,'ResourceLoader/lambda$1$Type',195);$i(196,1,xI,co);_.J=function eo(){this.b.eb(this.a)};var se=CE(qI,'ResourceLoader/lambda$2$Type',196);$i(23,1,{23:1},no);_.b=false;var Be=CE(qI,'SystemErrorHandler',23);$i(166,1,{},po);_.hb=function qo(a){ko(Pc(a))};var ue=CE(qI,'SystemErrorHandler/0methodref$recreateNodes$Type',166);$i(162,1,{},so);_.nb=function to(a,b){var c;jr(Ic(vk(this.a.a,_e),27),Ic(vk(this.a.a,td),7).d);c=b;fo(c.w())};_.ob=function uo(a){var b,c,d,e;pk('Received xhr HTTP session resynchronization message: '+a.responseText);jr(Ic(vk(this.a.a,_e),27),-1);e=Ic(vk(this.a.a,td),7).k;b=Yr(Zr(a.responseText));c=b['uiId'];if(c!=e){ik&&PD($wnd.console,'UI ID switched from '+e+' to '+c+' after resynchronization');Gj(Ic(vk(this.a.a,td),7),c)}xk(this.a.a);Ko(Ic(vk(this.a.a,Ge),13),($o(),Yo));Lr(Ic(vk(this.a.a,pf),22),b);d=bt(NA(NB(Tu(Ic(vk(Ic(vk(this.a.a,Bf),37).a,cg),9).e,5),OI)));d?Fo((Qb(),Pb),new vo(this)):Fo((Qb(),Pb),new zo(this))};var ye=CE(qI,'SystemErrorHandler/1',162);$i(164,1,{},vo);_.D=function wo(){ro(this.a)};var ve=CE(qI,'SystemErrorHandler/1/lambda$0$Type',164);$i(163,1,{},xo);_.D=function yo(){lo(this.a.a)};var we=CE(qI,'SystemErrorHandler/1/lambda$1$Type',163);$i(165,1,{},zo);_.D=function Ao(){lo(this.a.a)};var xe=CE(qI,'SystemErrorHandler/1/lambda$2$Type',165);$i(160,1,{},Bo);_.V=function Co(a){ip(this.a)};var ze=CE(qI,'SystemErrorHandler/lambda$0$Type',160);$i(161,1,{},Do);_.V=function Eo(a){oo(this.a,a)};var Ae=CE(qI,'SystemErrorHandler/lambda$1$Type',161);$i(134,130,{},Go);_.a=0;var De=CE(qI,'TrackingScheduler',134);$i(135,1,{},Ho);_.D=function Io(){this.a.a--};var Ce=CE(qI,'TrackingScheduler/lambda$0$Type',135);$i(13,1,{13:1},Lo);var Ge=CE(qI,'UILifecycle',13);$i(170,333,{},No);_.L=function Oo(a){Ic(a,91).pb(this)};_.M=function Po(){return Mo};var Mo=null;var Ee=CE(qI,'UILifecycle/StateChangeEvent',170);$i(20,1,{4:1,31:1,20:1});_.n=function To(a){return this===a};_.p=function Uo(){return QH(this)};_.q=function Vo(){return this.b!=null?this.b:''+this.c};_.c=0;var Zh=CE(bI,'Enum',20);$i(63,20,{63:1,4:1,31:1,20:1},_o);var Xo,Yo,Zo;var Fe=DE(qI,'UILifecycle/UIState',63,ap);$i(332,1,dI);var Fh=CE(QI,'VaadinUriResolver',332);$i(50,332,{50:1,4:1},fp);_.qb=function gp(a){return ep(this,a)};var He=CE(qI,'URIResolver',50);var lp=false,mp;$i(114,1,{},wp);_.D=function xp(){sp(this.a)};var Ie=CE('com.vaadin.client.bootstrap','Bootstrapper/lambda$0$Type',114);$i(87,1,{},Op);_.rb=function Qp(){return Ic(vk(this.d,pf),22).f};_.sb=function Sp(a){this.f=(kq(),iq);jo(Ic(vk(Ic(vk(this.d,Re),18).c,Be),23),'','Client unexpectedly disconnected. Ensure client timeout is disabled.','',null,null)};_.tb=function Tp(a){this.f=(kq(),hq);Ic(vk(this.d,Re),18);ik&&($wnd.console.debug('Push connection closed'),undefined)};_.ub=function Up(a){this.f=(kq(),iq);yq(Ic(vk(this.d,Re),18),'Push connection using '+a[VI]+' failed!')};_.vb=function Vp(a){var b,c;c=a['responseBody'];b=Yr(Zr(c));if(!b){Gq(Ic(vk(this.d,Re),18),this,c);return}else{jk('Received push ('+this.g+') message: '+c);Lr(Ic(vk(this.d,pf),22),b)}};_.wb=function Wp(a){jk('Push connection established using '+a[VI]);Lp(this,a)};_.xb=function Xp(a,b){this.f==(kq(),gq)&&(this.f=hq);Jq(Ic(vk(this.d,Re),18),this)};_.yb=function Yp(a){jk('Push connection re-established using '+a[VI]);Lp(this,a)};_.zb=function Zp(){qk('Push connection using primary method ('+this.a[VI]+') failed. Trying with '+this.a['fallbackTransport'])};var Qe=CE(YI,'AtmospherePushConnection',87);$i(249,1,{},$p);_.D=function _p(){Cp(this.a)};var Je=CE(YI,'AtmospherePushConnection/0methodref$connect$Type',249);$i(251,1,wI,aq);_.eb=function bq(a){Kq(Ic(vk(this.a.d,Re),18),a.a)};_.fb=function cq(a){if(Rp()){jk(this.c+' loaded');Kp(this.b.a)}else{Kq(Ic(vk(this.a.d,Re),18),a.a)}};var Ke=CE(YI,'AtmospherePushConnection/1',251);$i(246,1,{},fq);_.a=0;var Le=CE(YI,'AtmospherePushConnection/FragmentedMessage',246);$i(53,20,{53:1,4:1,31:1,20:1},lq);var gq,hq,iq,jq;var Me=DE(YI,'AtmospherePushConnection/State',53,mq);$i(248,1,ZI,nq);_.pb=function oq(a){Ip(this.a,a)};var Ne=CE(YI,'AtmospherePushConnection/lambda$0$Type',248);$i(247,1,yI,pq);_.D=function qq(){};var Oe=CE(YI,'AtmospherePushConnection/lambda$1$Type',247);$i(365,$wnd.Function,{},rq);_.db=function sq(a,b){Jp(this.a,Pc(a),Pc(b))};$i(250,1,yI,tq);_.D=function uq(){Kp(this.a)};var Pe=CE(YI,'AtmospherePushConnection/lambda$3$Type',250);var Re=EE(YI,'ConnectionStateHandler');$i(220,1,{18:1},Sq);_.a=0;_.b=null;var Xe=CE(YI,'DefaultConnectionStateHandler',220);$i(222,39,{},Tq);_.J=function Uq(){!!this.a.d&&gj(this.a.d);this.a.d=null;jk('Scheduled reconnect attempt '+this.a.a+' for '+this.b);wq(this.a,this.b)};var Se=CE(YI,'DefaultConnectionStateHandler/1',222);$i(65,20,{65:1,4:1,31:1,20:1},$q);_.a=0;var Vq,Wq,Xq;var Te=DE(YI,'DefaultConnectionStateHandler/Type',65,_q);$i(221,1,ZI,ar);_.pb=function br(a){Eq(this.a,a)};var Ue=CE(YI,'DefaultConnectionStateHandler/lambda$0$Type',221);$i(223,1,{},cr);_.V=function dr(a){xq(this.a)};var Ve=CE(YI,'DefaultConnectionStateHandler/lambda$1$Type',223);$i(224,1,{},er);_.V=function fr(a){Fq(this.a)};var We=CE(YI,'DefaultConnectionStateHandler/lambda$2$Type',224);$i(27,1,{27:1},kr);_.a=-1;var _e=CE(YI,'Heartbeat',27);$i(217,39,{},lr);_.J=function mr(){ir(this.a)};var Ye=CE(YI,'Heartbeat/1',217);$i(219,1,{},nr);_.nb=function or(a,b){!b?this.a.a<0?ik&&($wnd.console.debug('Heartbeat terminated, ignoring failure.'),undefined):Cq(Ic(vk(this.a.b,Re),18),a):Bq(Ic(vk(this.a.b,Re),18),b);hr(this.a)};_.ob=function pr(a){Dq(Ic(vk(this.a.b,Re),18));hr(this.a)};var Ze=CE(YI,'Heartbeat/2',219);$i(218,1,ZI,qr);_.pb=function rr(a){gr(this.a,a)};var $e=CE(YI,'Heartbeat/lambda$0$Type',218);$i(172,1,{},vr);_.hb=function wr(a){gk('firstDelay',bF(Ic(a,26).a))};var af=CE(YI,'LoadingIndicatorConfigurator/0methodref$setFirstDelay$Type',172);$i(173,1,{},xr);_.hb=function yr(a){gk('secondDelay',bF(Ic(a,26).a))};var bf=CE(YI,'LoadingIndicatorConfigurator/1methodref$setSecondDelay$Type',173);$i(174,1,{},zr);_.hb=function Ar(a){gk('thirdDelay',bF(Ic(a,26).a))};var cf=CE(YI,'LoadingIndicatorConfigurator/2methodref$setThirdDelay$Type',174);$i(175,1,LI,Br);_.lb=function Cr(a){ur(QA(Ic(a.e,17)))};var df=CE(YI,'LoadingIndicatorConfigurator/lambda$3$Type',175);$i(176,1,LI,Dr);_.lb=function Er(a){tr(this.b,this.a,a)};_.a=0;var ef=CE(YI,'LoadingIndicatorConfigurator/lambda$4$Type',176);$i(22,1,{22:1},Vr);_.a=0;_.b='init';_.d=false;_.e=0;_.f=-1;_.h=null;_.l=0;var pf=CE(YI,'MessageHandler',22);$i(183,1,yI,$r);_.D=function _r(){!yA&&$wnd.Polymer!=null&&oF($wnd.Polymer.version.substr(0,'1.'.length),'1.')&&(yA=true,ik&&($wnd.console.debug('Polymer micro is now loaded, using Polymer DOM API'),undefined),xA=new AA,undefined)};var ff=CE(YI,'MessageHandler/0methodref$updateApiImplementation$Type',183);$i(182,39,{},as);_.J=function bs(){Hr(this.a)};var gf=CE(YI,'MessageHandler/1',182);$i(353,$wnd.Function,{},cs);_.hb=function ds(a){Fr(Ic(a,6))};$i(52,1,{52:1},es);var hf=CE(YI,'MessageHandler/PendingUIDLMessage',52);$i(184,1,yI,fs);_.D=function gs(){Sr(this.a,this.d,this.b,this.c)};_.c=0;var jf=CE(YI,'MessageHandler/lambda$1$Type',184);$i(186,1,EI,hs);_.gb=function is(){xC(new js(this.a,this.b))};var kf=CE(YI,'MessageHandler/lambda$3$Type',186);$i(185,1,EI,js);_.gb=function ks(){Pr(this.a,this.b)};var lf=CE(YI,'MessageHandler/lambda$4$Type',185);$i(187,1,{},ls);_.C=function ms(){return ho(Ic(vk(this.a.i,Be),23),null),false};var mf=CE(YI,'MessageHandler/lambda$5$Type',187);$i(189,1,EI,ns);_.gb=function os(){Qr(this.a)};var nf=CE(YI,'MessageHandler/lambda$6$Type',189);$i(188,1,{},ps);_.D=function qs(){this.a.forEach(aj(cs.prototype.hb,cs,[]))};var of=CE(YI,'MessageHandler/lambda$7$Type',188);$i(16,1,{16:1},Fs);_.a=0;_.g=0;var tf=CE(YI,'MessageSender',16);$i(179,39,{},Hs);_.J=function Is(){hj(this.a.f,Ic(vk(this.a.e,td),7).e+500);if(!Ic(vk(this.a.e,Gf),12).b){yt(Ic(vk(this.a.e,Gf),12));hu(Ic(vk(this.a.e,Uf),59),this.b)}};var qf=CE(YI,'MessageSender/1',179);$i(178,1,{337:1},Js);var rf=CE(YI,'MessageSender/lambda$0$Type',178);$i(99,1,yI,Ks);_.D=function Ls(){ts(this.a,this.b)};_.b=false;var sf=CE(YI,'MessageSender/lambda$1$Type',99);$i(167,1,LI,Os);_.lb=function Ps(a){Ms(this.a,a)};var uf=CE(YI,'PollConfigurator/lambda$0$Type',167);$i(73,1,{73:1},Ts);_.Ab=function Us(){var a;a=Ic(vk(this.b,cg),9);wv(a,a.e,'ui-poll',null)};_.a=null;var xf=CE(YI,'Poller',73);$i(169,39,{},Vs);_.J=function Ws(){var a;a=Ic(vk(this.a.b,cg),9);wv(a,a.e,'ui-poll',null)};var vf=CE(YI,'Poller/1',169);$i(168,1,ZI,Xs);_.pb=function Ys(a){Qs(this.a,a)};var wf=CE(YI,'Poller/lambda$0$Type',168);$i(37,1,{37:1},at);var Bf=CE(YI,'PushConfiguration',37);$i(230,1,LI,dt);_.lb=function et(a){_s(this.a,a)};var yf=CE(YI,'PushConfiguration/0methodref$onPushModeChange$Type',230);$i(231,1,EI,ft);_.gb=function gt(){Ds(Ic(vk(this.a.a,tf),16),true)};var zf=CE(YI,'PushConfiguration/lambda$1$Type',231);$i(232,1,EI,ht);_.gb=function it(){Ds(Ic(vk(this.a.a,tf),16),false)};var Af=CE(YI,'PushConfiguration/lambda$2$Type',232);$i(359,$wnd.Function,{},jt);_.db=function kt(a,b){ct(this.a,Ic(a,17),Pc(b))};$i(38,1,{38:1},lt);var Df=CE(YI,'ReconnectConfiguration',38);$i(171,1,yI,mt);_.D=function nt(){vq(this.a)};var Cf=CE(YI,'ReconnectConfiguration/lambda$0$Type',171);$i(180,333,{},qt);_.L=function rt(a){pt(this,Ic(a,337))};_.M=function st(){return ot};_.a=0;var ot=null;var Ef=CE(YI,'ReconnectionAttemptEvent',180);$i(12,1,{12:1},zt);_.b=false;var Gf=CE(YI,'RequestResponseTracker',12);$i(181,1,{},At);_.D=function Bt(){xt(this.a)};var Ff=CE(YI,'RequestResponseTracker/lambda$0$Type',181);$i(245,333,{},Ct);_.L=function Dt(a){bd(a);null.nc()};_.M=function Et(){return null};var Hf=CE(YI,'RequestStartingEvent',245);$i(229,333,{},Gt);_.L=function Ht(a){Ic(a,338).a.b=false};_.M=function It(){return Ft};var Ft;var If=CE(YI,'ResponseHandlingEndedEvent',229);$i(290,333,{},Jt);_.L=function Kt(a){bd(a);null.nc()};_.M=function Lt(){return null};var Jf=CE(YI,'ResponseHandlingStartedEvent',290);$i(33,1,{33:1},Tt);_.Bb=function Ut(a,b,c){Mt(this,a,b,c)};_.Cb=function Vt(a,b,c){var d;d={};d[uI]='channel';d[kJ]=Object(a);d['channel']=Object(b);d['args']=c;Qt(this,d)};var Kf=CE(YI,'ServerConnector',33);$i(36,1,{36:1},_t);_.b=false;var Wt;var Of=CE(YI,'ServerRpcQueue',36);$i(211,1,xI,au);_.J=function bu(){Zt(this.a)};var Lf=CE(YI,'ServerRpcQueue/0methodref$doFlush$Type',211);$i(210,1,xI,cu);_.J=function du(){Xt()};var Mf=CE(YI,'ServerRpcQueue/lambda$0$Type',210);$i(212,1,{},eu);_.D=function fu(){this.a.a.J()};var Nf=CE(YI,'ServerRpcQueue/lambda$2$Type',212);$i(59,1,{59:1},iu);_.b=false;var Uf=CE(YI,'XhrConnection',59);$i(228,39,{},ku);_.J=function lu(){ju(this.b)&&this.a.b&&hj(this,250)};var Pf=CE(YI,'XhrConnection/1',228);$i(225,1,{},nu);_.nb=function ou(a,b){var c;c=new tu(a,this.a);if(!b){Qq(Ic(vk(this.c.a,Re),18),c);return}else{Oq(Ic(vk(this.c.a,Re),18),c)}};_.ob=function pu(a){var b,c;jk('Server visit took '+kn(this.b)+'ms');c=a.responseText;b=Yr(Zr(c));if(!b){Pq(Ic(vk(this.c.a,Re),18),new tu(a,this.a));return}Rq(Ic(vk(this.c.a,Re),18));ik&&PD($wnd.console,'Received xhr message: '+c);Lr(Ic(vk(this.c.a,pf),22),b)};_.b=0;var Qf=CE(YI,'XhrConnection/XhrResponseHandler',225);$i(226,1,{},qu);_.V=function ru(a){this.a.b=true};var Rf=CE(YI,'XhrConnection/lambda$0$Type',226);$i(227,1,{338:1},su);var Sf=CE(YI,'XhrConnection/lambda$1$Type',227);$i(103,1,{},tu);var Tf=CE(YI,'XhrConnectionError',103);$i(61,1,{61:1},xu);var Vf=CE(nJ,'ConstantPool',61);$i(84,1,{84:1},Fu);_.Db=function Gu(){return Ic(vk(this.a,td),7).a};var Zf=CE(nJ,'ExecuteJavaScriptProcessor',84);$i(214,1,sI,Hu);_.W=function Iu(a){var b;return xC(new Ju(this.a,(b=this.b,b))),sE(),true};var Wf=CE(nJ,'ExecuteJavaScriptProcessor/lambda$0$Type',214);$i(213,1,EI,Ju);_.gb=function Ku(){Au(this.a,this.b)};var Xf=CE(nJ,'ExecuteJavaScriptProcessor/lambda$1$Type',213);$i(215,1,xI,Lu);_.J=function Mu(){Eu(this.a)};var Yf=CE(nJ,'ExecuteJavaScriptProcessor/lambda$2$Type',215);$i(307,1,{},Nu);var $f=CE(nJ,'NodeUnregisterEvent',307);$i(6,1,{6:1},$u);_.Eb=function _u(){return Ru(this)};_.Fb=function av(){return this.g};_.d=0;_.i=false;var bg=CE(nJ,'StateNode',6);$i(346,$wnd.Function,{},cv);_.db=function dv(a,b){Uu(this.a,this.b,Ic(a,34),Kc(b))};$i(347,$wnd.Function,{},ev);_.hb=function fv(a){bv(this.a,Ic(a,105))};var Jh=EE('elemental.events','EventRemover');$i(152,1,rJ,gv);_.Gb=function hv(){Vu(this.a,this.b)};var _f=CE(nJ,'StateNode/lambda$2$Type',152);$i(348,$wnd.Function,{},iv);_.hb=function jv(a){Wu(this.a,Ic(a,57))};$i(153,1,rJ,kv);_.Gb=function lv(){Xu(this.a,this.b)};var ag=CE(nJ,'StateNode/lambda$4$Type',153);$i(9,1,{9:1},Cv);_.Hb=function Dv(){return this.e};_.Ib=function Fv(a,b,c,d){var e;if(rv(this,a)){e=Nc(c);St(Ic(vk(this.c,Kf),33),a,b,e,d)}};_.d=false;_.f=false;var cg=CE(nJ,'StateTree',9);$i(351,$wnd.Function,{},Gv);_.hb=function Hv(a){Qu(Ic(a,6),aj(Kv.prototype.db,Kv,[]))};$i(352,$wnd.Function,{},Iv);_.db=function Jv(a,b){var c;tv(this.a,(c=Ic(a,6),Kc(b),c))};$i(336,$wnd.Function,{},Kv);_.db=function Lv(a,b){Ev(Ic(a,34),Kc(b))};var Tv,Uv;$i(177,1,{},Zv);var dg=CE(yJ,'Binder/BinderContextImpl',177);var eg=EE(yJ,'BindingStrategy');$i(79,1,{79:1},cw);_.j=0;var $v;var hg=CE(yJ,'Debouncer',79);$i(382,$wnd.Function,{},gw);_.hb=function hw(a){Ic(a,14).J()};$i(335,1,{});_.c=false;_.d=0;var Nh=CE(BJ,'Timer',335);$i(310,335,{},mw);var fg=CE(yJ,'Debouncer/1',310);$i(311,335,{},ow);var gg=CE(yJ,'Debouncer/2',311);$i(383,$wnd.Function,{},qw);_.db=function rw(a,b){var c;pw(this,(c=Oc(a,$wnd.Map),Nc(b),c))};$i(384,$wnd.Function,{},uw);_.hb=function vw(a){sw(this.a,Oc(a,$wnd.Map))};$i(385,$wnd.Function,{},ww);_.hb=function xw(a){tw(this.a,Ic(a,79))};$i(381,$wnd.Function,{},yw);_.db=function zw(a,b){ew(this.a,Ic(a,14),Pc(b))};$i(304,1,tI,Dw);_.cb=function Ew(){return Qw(this.a)};var ig=CE(yJ,'ServerEventHandlerBinder/lambda$0$Type',304);$i(305,1,JI,Fw);_.ib=function Gw(a){Cw(this.b,this.a,this.c,a)};_.c=false;var jg=CE(yJ,'ServerEventHandlerBinder/lambda$1$Type',305);var Hw;$i(252,1,{314:1},Rx);_.Jb=function Sx(a,b,c){Yw(this,a,b,c)};_.Kb=function Vx(a){return gx(a)};_.Mb=function _x(a,b){var c,d,e;d=Object.keys(a);e=new Wz(d,a,b);c=Ic(b.e.get(lg),76);!c?Ex(e.b,e.a,e.c):(c.a=e)};_.Nb=function ay(r,s){var t=this;var u=s._propertiesChanged;u&&(s._propertiesChanged=function(a,b,c){YH(function(){t.Mb(b,r)})();u.apply(this,arguments)});var v=r.Fb();var w=s.ready;s.ready=function(){w.apply(this,arguments);tm(s);var q=function(){var o=s.root.querySelector(KJ);if(o){s.removeEventListener(LJ,q)}else{return}if(!o.constructor.prototype.$propChangedModified){o.constructor.prototype.$propChangedModified=true;var p=o.constructor.prototype._propertiesChanged;o.constructor.prototype._propertiesChanged=function(a,b,c){p.apply(this,arguments);var d=Object.getOwnPropertyNames(b);var e='items.';var f;for(f=0;f<d.length;f++){var g=d[f].indexOf(e);if(g==0){var h=d[f].substr(e.length);g=h.indexOf('.');if(g>0){var i=h.substr(0,g);var j=h.substr(g+1);var k=a.items[i];if(k&&k.nodeId){var l=k.nodeId;var m=k[j];var n=this.__dataHost;while(!n.localName||n.__dataHost){n=n.__dataHost}YH(function(){$x(l,n,j,m,v)})()}}}}}}};s.root&&s.root.querySelector(KJ)?q():s.addEventListener(LJ,q)}};_.Lb=function by(a){if(a.c.has(0)){return true}return !!a.g&&K(a,a.g.e)};var Sw,Tw;var Ug=CE(yJ,'SimpleElementBindingStrategy',252);$i(370,$wnd.Function,{},sy);_.hb=function ty(a){Ic(a,46).Gb()};$i(374,$wnd.Function,{},uy);_.hb=function vy(a){Ic(a,14).J()};$i(101,1,{},wy);var kg=CE(yJ,'SimpleElementBindingStrategy/BindingContext',101);$i(76,1,{76:1},xy);var lg=CE(yJ,'SimpleElementBindingStrategy/InitialPropertyUpdate',76);$i(253,1,{},yy);_.Ob=function zy(a){sx(this.a,a)};var mg=CE(yJ,'SimpleElementBindingStrategy/lambda$0$Type',253);$i(254,1,{},Ay);_.Ob=function By(a){tx(this.a,a)};var ng=CE(yJ,'SimpleElementBindingStrategy/lambda$1$Type',254);$i(366,$wnd.Function,{},Cy);_.db=function Dy(a,b){var c;cy(this.b,this.a,(c=Ic(a,17),Pc(b),c))};$i(263,1,KI,Ey);_.kb=function Fy(a){dy(this.b,this.a,a)};var og=CE(yJ,'SimpleElementBindingStrategy/lambda$11$Type',263);$i(264,1,LI,Gy);_.lb=function Hy(a){Ox(this.c,this.b,this.a)};var pg=CE(yJ,'SimpleElementBindingStrategy/lambda$12$Type',264);$i(265,1,EI,Iy);_.gb=function Jy(){ux(this.b,this.c,this.a)};var qg=CE(yJ,'SimpleElementBindingStrategy/lambda$13$Type',265);$i(266,1,yI,Ky);_.D=function Ly(){this.b.Ob(this.a)};var rg=CE(yJ,'SimpleElementBindingStrategy/lambda$14$Type',266);$i(267,1,sI,Ny);_.W=function Oy(a){return My(this,a)};var sg=CE(yJ,'SimpleElementBindingStrategy/lambda$15$Type',267);$i(268,1,yI,Py);_.D=function Qy(){this.a[this.b]=pm(this.c)};var tg=CE(yJ,'SimpleElementBindingStrategy/lambda$16$Type',268);$i(270,1,JI,Ry);_.ib=function Sy(a){vx(this.a,a)};var ug=CE(yJ,'SimpleElementBindingStrategy/lambda$17$Type',270);$i(269,1,EI,Ty);_.gb=function Uy(){nx(this.b,this.a)};var vg=CE(yJ,'SimpleElementBindingStrategy/lambda$18$Type',269);$i(272,1,JI,Vy);_.ib=function Wy(a){wx(this.a,a)};var wg=CE(yJ,'SimpleElementBindingStrategy/lambda$19$Type',272);$i(255,1,{},Xy);_.Ob=function Yy(a){xx(this.a,a)};var xg=CE(yJ,'SimpleElementBindingStrategy/lambda$2$Type',255);$i(271,1,EI,Zy);_.gb=function $y(){yx(this.b,this.a)};var yg=CE(yJ,'SimpleElementBindingStrategy/lambda$20$Type',271);$i(273,1,xI,_y);_.J=function az(){px(this.a,this.b,this.c,false)};var zg=CE(yJ,'SimpleElementBindingStrategy/lambda$21$Type',273);$i(274,1,xI,bz);_.J=function cz(){px(this.a,this.b,this.c,false)};var Ag=CE(yJ,'SimpleElementBindingStrategy/lambda$22$Type',274);$i(275,1,xI,dz);_.J=function ez(){rx(this.a,this.b,this.c,false)};var Bg=CE(yJ,'SimpleElementBindingStrategy/lambda$23$Type',275);$i(276,1,tI,fz);_.cb=function gz(){return fy(this.a,this.b)};var Cg=CE(yJ,'SimpleElementBindingStrategy/lambda$24$Type',276);$i(277,1,xI,hz);_.J=function iz(){ix(this.b,this.e,false,this.c,this.d,this.a)};var Dg=CE(yJ,'SimpleElementBindingStrategy/lambda$25$Type',277);$i(278,1,tI,jz);_.cb=function kz(){return gy(this.a,this.b)};var Eg=CE(yJ,'SimpleElementBindingStrategy/lambda$26$Type',278);$i(279,1,tI,lz);_.cb=function mz(){return hy(this.a,this.b)};var Fg=CE(yJ,'SimpleElementBindingStrategy/lambda$27$Type',279);$i(280,1,EI,nz);_.gb=function oz(){Jx(this.a,this.b)};var Gg=CE(yJ,'SimpleElementBindingStrategy/lambda$29$Type',280);$i(256,1,{105:1},pz);_.jb=function qz(a){Fx(this.c,this.b,this.a)};var Hg=CE(yJ,'SimpleElementBindingStrategy/lambda$3$Type',256);$i(367,$wnd.Function,{},rz);_.db=function sz(a,b){var c;lC((c=Ic(a,74),Pc(b),c))};$i(368,$wnd.Function,{},tz);_.hb=function uz(a){iy(this.a,Oc(a,$wnd.Map))};$i(369,$wnd.Function,{},vz);_.db=function wz(a,b){var c;(c=Ic(a,46),Pc(b),c).Gb()};$i(371,$wnd.Function,{},xz);_.db=function yz(a,b){var c;zx(this.a,(c=Ic(a,17),Pc(b),c))};$i(281,1,KI,zz);_.kb=function Az(a){Ax(this.a,a)};var Ig=CE(yJ,'SimpleElementBindingStrategy/lambda$35$Type',281);$i(282,1,yI,Bz);_.D=function Cz(){Bx(this.b,this.a,this.c)};var Jg=CE(yJ,'SimpleElementBindingStrategy/lambda$36$Type',282);$i(283,1,{},Dz);_.V=function Ez(a){Cx(this.a,a)};var Kg=CE(yJ,'SimpleElementBindingStrategy/lambda$37$Type',283);$i(372,$wnd.Function,{},Fz);_.hb=function Gz(a){jy(this.b,this.a,Pc(a))};$i(373,$wnd.Function,{},Hz);_.hb=function Iz(a){Dx(this.a,this.b,Pc(a))};$i(258,1,EI,Jz);_.gb=function Kz(){ky(this.a)};var Lg=CE(yJ,'SimpleElementBindingStrategy/lambda$4$Type',258);$i(284,1,{},Lz);_.hb=function Mz(a){qy(this.b,this.c,this.a,Pc(a))};var Mg=CE(yJ,'SimpleElementBindingStrategy/lambda$40$Type',284);$i(285,1,JI,Nz);_.ib=function Oz(a){ly(this.a,a)};var Ng=CE(yJ,'SimpleElementBindingStrategy/lambda$42$Type',285);$i(286,1,tI,Pz);_.cb=function Qz(){return this.a.b};var Og=CE(yJ,'SimpleElementBindingStrategy/lambda$43$Type',286);$i(375,$wnd.Function,{},Rz);_.hb=function Sz(a){this.a.push(Ic(a,6))};$i(257,1,{},Tz);_.D=function Uz(){my(this.a)};var Pg=CE(yJ,'SimpleElementBindingStrategy/lambda$5$Type',257);$i(260,1,xI,Wz);_.J=function Xz(){Vz(this)};var Qg=CE(yJ,'SimpleElementBindingStrategy/lambda$6$Type',260);$i(259,1,tI,Yz);_.cb=function Zz(){return this.a[this.b]};var Rg=CE(yJ,'SimpleElementBindingStrategy/lambda$7$Type',259);$i(262,1,KI,$z);_.kb=function _z(a){wC(new aA(this.a))};var Sg=CE(yJ,'SimpleElementBindingStrategy/lambda$8$Type',262);$i(261,1,EI,aA);_.gb=function bA(){Xw(this.a)};var Tg=CE(yJ,'SimpleElementBindingStrategy/lambda$9$Type',261);$i(287,1,{314:1},gA);_.Jb=function hA(a,b,c){eA(a,b)};_.Kb=function iA(a){return $doc.createTextNode('')};_.Lb=function jA(a){return a.c.has(7)};var cA;var Xg=CE(yJ,'TextBindingStrategy',287);$i(288,1,yI,kA);_.D=function lA(){dA();LD(this.a,Pc(NA(this.b)))};var Vg=CE(yJ,'TextBindingStrategy/lambda$0$Type',288);$i(289,1,{105:1},mA);_.jb=function nA(a){fA(this.b,this.a)};var Wg=CE(yJ,'TextBindingStrategy/lambda$1$Type',289);$i(345,$wnd.Function,{},rA);_.hb=function sA(a){this.a.add(a)};$i(349,$wnd.Function,{},uA);_.db=function vA(a,b){this.a.push(a)};var xA,yA=false;$i(296,1,{},AA);var Yg=CE('com.vaadin.client.flow.dom','PolymerDomApiImpl',296);$i(77,1,{77:1},BA);var Zg=CE('com.vaadin.client.flow.model','UpdatableModelProperties',77);$i(380,$wnd.Function,{},CA);_.hb=function DA(a){this.a.add(Pc(a))};$i(88,1,{});_.Pb=function FA(){return this.e};var yh=CE(DI,'ReactiveValueChangeEvent',88);$i(55,88,{55:1},GA);_.Pb=function HA(){return Ic(this.e,29)};_.b=false;_.c=0;var $g=CE(MJ,'ListSpliceEvent',55);$i(17,1,{17:1,315:1},WA);_.Qb=function XA(a){return ZA(this.a,a)};_.b=false;_.c=false;_.d=false;var IA;var ih=CE(MJ,'MapProperty',17);$i(86,1,{});var xh=CE(DI,'ReactiveEventRouter',86);$i(238,86,{},dB);_.Rb=function eB(a,b){Ic(a,47).lb(Ic(b,78))};_.Sb=function fB(a){return new gB(a)};var ah=CE(MJ,'MapProperty/1',238);$i(239,1,LI,gB);_.lb=function hB(a){jC(this.a)};var _g=CE(MJ,'MapProperty/1/0methodref$onValueChange$Type',239);$i(237,1,xI,iB);_.J=function jB(){JA()};var bh=CE(MJ,'MapProperty/lambda$0$Type',237);$i(240,1,EI,kB);_.gb=function lB(){this.a.d=false};var dh=CE(MJ,'MapProperty/lambda$1$Type',240);$i(241,1,EI,mB);_.gb=function nB(){this.a.d=false};var eh=CE(MJ,'MapProperty/lambda$2$Type',241);$i(242,1,xI,oB);_.J=function pB(){SA(this.a,this.b)};var fh=CE(MJ,'MapProperty/lambda$3$Type',242);$i(89,88,{89:1},qB);_.Pb=function rB(){return Ic(this.e,43)};var gh=CE(MJ,'MapPropertyAddEvent',89);$i(78,88,{78:1},sB);_.Pb=function tB(){return Ic(this.e,17)};var hh=CE(MJ,'MapPropertyChangeEvent',78);$i(34,1,{34:1});_.d=0;var jh=CE(MJ,'NodeFeature',34);$i(29,34,{34:1,29:1,315:1},CB);_.Qb=function DB(a){return ZA(this.a,a)};_.Tb=function EB(a){var b,c,d;c=[];for(b=0;b<this.c.length;b++){d=this.c[b];c[c.length]=pm(d)}return c};_.Ub=function FB(){var a,b,c,d;b=[];for(a=0;a<this.c.length;a++){d=this.c[a];c=uB(d);b[b.length]=c}return b};_.b=false;var mh=CE(MJ,'NodeList',29);$i(293,86,{},GB);_.Rb=function HB(a,b){Ic(a,66).ib(Ic(b,55))};_.Sb=function IB(a){return new JB(a)};var lh=CE(MJ,'NodeList/1',293);$i(294,1,JI,JB);_.ib=function KB(a){jC(this.a)};var kh=CE(MJ,'NodeList/1/0methodref$onValueChange$Type',294);$i(43,34,{34:1,43:1,315:1},RB);_.Qb=function SB(a){return ZA(this.a,a)};_.Tb=function TB(a){var b;b={};this.b.forEach(aj(dC.prototype.db,dC,[a,b]));return b};_.Ub=function UB(){var a,b;a={};this.b.forEach(aj(bC.prototype.db,bC,[a]));if((b=cE(a),b).length==0){return null}return a};var ph=CE(MJ,'NodeMap',43);$i(233,86,{},WB);_.Rb=function XB(a,b){Ic(a,81).kb(Ic(b,89))};_.Sb=function YB(a){return new ZB(a)};var oh=CE(MJ,'NodeMap/1',233);$i(234,1,KI,ZB);_.kb=function $B(a){jC(this.a)};var nh=CE(MJ,'NodeMap/1/0methodref$onValueChange$Type',234);$i(360,$wnd.Function,{},_B);_.db=function aC(a,b){this.a.push((Ic(a,17),Pc(b)))};$i(361,$wnd.Function,{},bC);_.db=function cC(a,b){QB(this.a,Ic(a,17),Pc(b))};$i(362,$wnd.Function,{},dC);_.db=function eC(a,b){VB(this.a,this.b,Ic(a,17),Pc(b))};$i(74,1,{74:1});_.d=false;_.e=false;var sh=CE(DI,'Computation',74);$i(243,1,EI,mC);_.gb=function nC(){kC(this.a)};var qh=CE(DI,'Computation/0methodref$recompute$Type',243);$i(244,1,yI,oC);_.D=function pC(){this.a.a.D()};var rh=CE(DI,'Computation/1methodref$doRecompute$Type',244);$i(364,$wnd.Function,{},qC);_.hb=function rC(a){BC(Ic(a,339).a)};var sC=null,tC,uC=false,vC;$i(75,74,{74:1},AC);var uh=CE(DI,'Reactive/1',75);$i(235,1,rJ,CC);_.Gb=function DC(){BC(this)};var vh=CE(DI,'ReactiveEventRouter/lambda$0$Type',235);$i(236,1,{339:1},EC);var wh=CE(DI,'ReactiveEventRouter/lambda$1$Type',236);$i(363,$wnd.Function,{},FC);_.hb=function GC(a){aB(this.a,this.b,a)};$i(102,334,{},RC);_.b=0;var Ch=CE(OJ,'SimpleEventBus',102);var zh=EE(OJ,'SimpleEventBus/Command');$i(291,1,{},SC);var Ah=CE(OJ,'SimpleEventBus/lambda$0$Type',291);$i(292,1,{340:1},TC);var Bh=CE(OJ,'SimpleEventBus/lambda$1$Type',292);$i(98,1,{},YC);_.K=function ZC(a){if(a.readyState==4){if(a.status==200){this.a.ob(a);qj(a);return}this.a.nb(a,null);qj(a)}};var Dh=CE('com.vaadin.client.gwt.elemental.js.util','Xhr/Handler',98);$i(306,1,dI,gD);_.a=-1;_.b=-1;_.c=false;_.d=false;_.e=false;_.f=false;_.g=false;_.h=false;_.i=false;_.j=false;_.k=false;_.l=false;_.m=false;var Eh=CE(QI,'BrowserDetails',306);$i(45,20,{45:1,4:1,31:1,20:1},oD);var jD,kD,lD,mD;var Gh=DE(ZJ,'Dependency/Type',45,pD);var qD;$i(44,20,{44:1,4:1,31:1,20:1},wD);var sD,tD,uD;var Hh=DE(ZJ,'LoadMode',44,xD);var Ih=EE('elemental.dom','Node');$i(115,1,rJ,ND);_.Gb=function OD(){CD(this.b,this.c,this.a,this.d)};_.d=false;var Kh=CE('elemental.js.dom','JsElementalMixinBase/Remover',115);$i(312,1,{},dE);_.Vb=function eE(){lw(this.a)};var Lh=CE(BJ,'Timer/1',312);$i(313,1,{},fE);_.Vb=function gE(){nw(this.a)};var Mh=CE(BJ,'Timer/2',313);$i(328,1,{});var Ph=CE($J,'OutputStream',328);$i(329,328,{});var Oh=CE($J,'FilterOutputStream',329);$i(125,329,{},hE);var Qh=CE($J,'PrintStream',125);$i(83,1,{111:1});_.q=function jE(){return this.a};var Rh=CE(bI,'AbstractStringBuilder',83);$i(70,10,fI,kE);var ci=CE(bI,'IndexOutOfBoundsException',70);$i(190,70,fI,lE);var Sh=CE(bI,'ArrayIndexOutOfBoundsException',190);$i(126,10,fI,mE);var Th=CE(bI,'ArrayStoreException',126);$i(41,5,{4:1,41:1,5:1});var $h=CE(bI,'Error',41);$i(3,41,{4:1,3:1,41:1,5:1},oE,pE);var Uh=CE(bI,'AssertionError',3);Ec={4:1,116:1,31:1};var qE,rE;var Vh=CE(bI,'Boolean',116);$i(118,10,fI,QE);var Wh=CE(bI,'ClassCastException',118);$i(82,1,{4:1,82:1});var RE;var hi=CE(bI,'Number',82);Fc={4:1,31:1,117:1,82:1};var Yh=CE(bI,'Double',117);$i(19,10,fI,XE);var ai=CE(bI,'IllegalArgumentException',19);$i(42,10,fI,YE);var bi=CE(bI,'IllegalStateException',42);$i(26,82,{4:1,31:1,26:1,82:1},ZE);_.n=function $E(a){return Sc(a,26)&&Ic(a,26).a==this.a};_.p=function _E(){return this.a};_.q=function aF(){return ''+this.a};_.a=0;var di=CE(bI,'Integer',26);var cF;$i(485,1,{});$i(67,56,fI,eF,fF,gF);_.s=function hF(a){return new TypeError(a)};var fi=CE(bI,'NullPointerException',67);$i(58,19,fI,iF);var gi=CE(bI,'NumberFormatException',58);$i(30,1,{4:1,30:1},jF);_.n=function kF(a){var b;if(Sc(a,30)){b=Ic(a,30);return this.c==b.c&&this.d==b.d&&this.a==b.a&&this.b==b.b}return false};_.p=function lF(){return mG(Dc(xc(ii,1),dI,1,5,[bF(this.c),this.a,this.d,this.b]))};_.q=function mF(){return this.a+'.'+this.d+'('+(this.b!=null?this.b:'Unknown Source')+(this.c>=0?':'+this.c:'')+')'};_.c=0;var ki=CE(bI,'StackTraceElement',30);Gc={4:1,111:1,31:1,2:1};var ni=CE(bI,'String',2);$i(69,83,{111:1},GF,HF,IF);var li=CE(bI,'StringBuilder',69);$i(124,70,fI,JF);var mi=CE(bI,'StringIndexOutOfBoundsException',124);$i(489,1,{});var KF;$i(106,1,sI,NF);_.W=function OF(a){return MF(a)};var oi=CE(bI,'Throwable/lambda$0$Type',106);$i(95,10,fI,PF);var qi=CE(bI,'UnsupportedOperationException',95);$i(330,1,{104:1});_.ac=function QF(a){throw Si(new PF('Add not supported on this collection'))};_.q=function RF(){var a,b,c;c=new SG;for(b=this.bc();b.ec();){a=b.fc();RG(c,a===this?'(this Collection)':a==null?gI:cj(a))}return !c.a?c.c:c.e.length==0?c.a.a:c.a.a+(''+c.e)};var ri=CE(aK,'AbstractCollection',330);$i(331,330,{104:1,92:1});_.dc=function SF(a,b){throw Si(new PF('Add not supported on this list'))};_.ac=function TF(a){this.dc(this.cc(),a);return true};_.n=function UF(a){var b,c,d,e,f;if(a===this){return true}if(!Sc(a,35)){return false}f=Ic(a,92);if(this.a.length!=f.a.length){return false}e=new jG(f);for(c=new jG(this);c.a<c.c.a.length;){b=iG(c);d=iG(e);if(!(_c(b)===_c(d)||b!=null&&K(b,d))){return false}}return true};_.p=function VF(){return pG(this)};_.bc=function WF(){return new XF(this)};var ti=CE(aK,'AbstractList',331);$i(133,1,{},XF);_.ec=function YF(){return this.a<this.b.a.length};_.fc=function ZF(){IH(this.a<this.b.a.length);return _F(this.b,this.a++)};_.a=0;var si=CE(aK,'AbstractList/IteratorImpl',133);$i(35,331,{4:1,35:1,104:1,92:1},dG);_.dc=function eG(a,b){LH(a,this.a.length);EH(this.a,a,b)};_.ac=function fG(a){return $F(this,a)};_.bc=function gG(){return new jG(this)};_.cc=function hG(){return this.a.length};var vi=CE(aK,'ArrayList',35);$i(71,1,{},jG);_.ec=function kG(){return this.a<this.c.a.length};_.fc=function lG(){return iG(this)};_.a=0;_.b=-1;var ui=CE(aK,'ArrayList/1',71);$i(151,10,fI,qG);var wi=CE(aK,'NoSuchElementException',151);$i(54,1,{54:1},xG);_.n=function yG(a){var b;if(a===this){return true}if(!Sc(a,54)){return false}b=Ic(a,54);return rG(this.a,b.a)};_.p=function zG(){return sG(this.a)};_.q=function BG(){return this.a!=null?'Optional.of('+CF(this.a)+')':'Optional.empty()'};var tG;var xi=CE(aK,'Optional',54);$i(139,1,{});_.ic=function GG(a){CG(this,a)};_.gc=function EG(){return this.c};_.hc=function FG(){return this.d};_.c=0;_.d=0;var Bi=CE(aK,'Spliterators/BaseSpliterator',139);$i(140,139,{});var yi=CE(aK,'Spliterators/AbstractSpliterator',140);$i(136,1,{});_.ic=function MG(a){CG(this,a)};_.gc=function KG(){return this.b};_.hc=function LG(){return this.d-this.c};_.b=0;_.c=0;_.d=0;var Ai=CE(aK,'Spliterators/BaseArraySpliterator',136);$i(137,136,{},OG);_.ic=function PG(a){IG(this,a)};_.jc=function QG(a){return JG(this,a)};var zi=CE(aK,'Spliterators/ArraySpliterator',137);$i(123,1,{},SG);_.q=function TG(){return !this.a?this.c:this.e.length==0?this.a.a:this.a.a+(''+this.e)};var Ci=CE(aK,'StringJoiner',123);$i(110,1,sI,UG);_.W=function VG(a){return a};var Di=CE('java.util.function','Function/lambda$0$Type',110);$i(49,20,{4:1,31:1,20:1,49:1},_G);var XG,YG,ZG;var Ei=DE(bK,'Collector/Characteristics',49,aH);$i(295,1,{},bH);var Fi=CE(bK,'CollectorImpl',295);$i(108,1,vI,dH);_.db=function eH(a,b){cH(a,b)};var Gi=CE(bK,'Collectors/20methodref$add$Type',108);$i(107,1,tI,fH);_.cb=function gH(){return new dG};var Hi=CE(bK,'Collectors/21methodref$ctor$Type',107);$i(109,1,{},hH);var Ii=CE(bK,'Collectors/lambda$42$Type',109);$i(138,1,{});_.c=false;var Pi=CE(bK,'TerminatableStream',138);$i(97,138,{},pH);var Oi=CE(bK,'StreamImpl',97);$i(141,140,{},tH);_.jc=function uH(a){return this.b.jc(new vH(this,a))};var Ki=CE(bK,'StreamImpl/MapToObjSpliterator',141);$i(143,1,{},vH);_.hb=function wH(a){sH(this.a,this.b,a)};var Ji=CE(bK,'StreamImpl/MapToObjSpliterator/lambda$0$Type',143);$i(142,1,{},yH);_.hb=function zH(a){xH(this,a)};var Li=CE(bK,'StreamImpl/ValueConsumer',142);$i(144,1,{},BH);var Mi=CE(bK,'StreamImpl/lambda$4$Type',144);$i(145,1,{},CH);_.hb=function DH(a){rH(this.b,this.a,a)};var Ni=CE(bK,'StreamImpl/lambda$5$Type',145);$i(487,1,{});$i(484,1,{});var PH=0;var RH,SH=0,TH;var YH=(Db(),Gb);var gwtOnLoad=gwtOnLoad=Wi;Ui(ej);Xi('permProps',[[[eK,'gecko1_8']],[[eK,'safari']]]);if (client) client.onScriptLoad(gwtOnLoad);})();
};